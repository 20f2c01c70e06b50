/**
 * npm run eval:polnear -- <PolNeAR root> [--split train|dev] [--verbose] [--verbose-dev] [--json] [--dump out.jsonl] [--limit n]
 *
 * The engine against PolNeAR's attribution annotations (train and dev; the
 * test split is refused): quote recall, speaker right/wrong/missing at floor 0
 * and at the engine's default floor, precision per rule, and a reliability
 * table with its expected calibration error. Method: docs/polnear.md.
 *   --verbose      list wrong and missing speakers by rule, and reported speech's misses and wrong sources (train only)
 *   --verbose-dev  the same for dev
 *   --json         the figures as JSON
 *   --dump FILE    one JSON line per matched gold quote with a named speaker (floor 0)
 */
import { writeFileSync } from "node:fs";
import { evaluatePolnear, RefusedError, SPLITS, splitDir, type Split, type SplitResult } from "./polnear/evaluate";
import { CUE_FAMILIES, SAYING_FAMILIES, type ReportedFigures } from "./polnear/reported";

function fail(message: string): never {
  console.error(`eval:polnear: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const flags = new Set<string>();
const values: Record<string, string> = {};
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--split" || a === "--dump" || a === "--limit") {
    const v = args[++i];
    if (v === undefined) fail(`${a} needs a value`);
    values[a] = v;
  } else if (a.startsWith("--split=") || a.startsWith("--dump=") || a.startsWith("--limit=")) {
    const [k, v = ""] = a.split("=", 2) as [string, string];
    values[k] = v;
  } else if (a.startsWith("--")) flags.add(a);
  else positional.push(a);
}
const known = new Set(["--verbose", "--verbose-dev", "--json"]);
for (const f of flags) if (!known.has(f)) fail(`unknown option ${f}`);
const root = positional[0];
if (!root || positional.length > 1) fail("usage: npm run eval:polnear -- <PolNeAR root> [--split train|dev] [--verbose] [--verbose-dev] [--json] [--dump out.jsonl]");
const splitArg = values["--split"];
const splits: Split[] = splitArg ? [splitArg as Split] : [...SPLITS];
const limit = values["--limit"] === undefined ? undefined : Number(values["--limit"]);

const results: SplitResult[] = [];
try {
  // Refuse the test split (by name or path) before reading anything.
  for (const split of splits) splitDir(root, split);
  for (const split of splits) results.push(evaluatePolnear(root, split, limit === undefined ? {} : { limit }));
} catch (error) {
  if (error instanceof RefusedError) fail(error.message);
  throw error;
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : "-").padStart(5);
const fmt = (x: number | null, digits = 3): string => (x === null ? "-" : x.toFixed(digits));

if (values["--dump"]) {
  const lines = results.flatMap((r) =>
    r.quotes.map((q) => JSON.stringify({ split: q.split, article: q.article, start: q.start, quote: q.text.slice(0, 80), source: q.source, rule: q.rule, confidence: q.confidence, gold: q.gold, predicted: q.predicted, verdict: q.verdict })),
  );
  writeFileSync(values["--dump"], lines.join("\n") + (lines.length ? "\n" : ""));
  console.error(`wrote ${lines.length} lines to ${values["--dump"]}`);
}

if (flags.has("--json")) {
  console.log(JSON.stringify(results.map(({ quotes: _quotes, reported: { statements: _statements, misses: _misses, uncounted: _uncounted, ...reported }, ...figures }) => ({ ...figures, reported })), null, 2));
} else {
  for (const r of results) report(r);
}

function report(r: SplitResult): void {
  const scored0 = r.floor0.right + r.floor0.wrong + r.floor0.missing;
  const scored = r.atFloor.right + r.atFloor.wrong + r.atFloor.missing;
  const out: string[] = [];
  out.push(`== PolNeAR ${r.split} ==`);
  out.push(`articles ${r.articles} (${r.withoutCoreNlp} without CoreNLP)   gold quotes ${r.gold}   with a named speaker ${r.goldNamed}   quotes outside any Content (not gold) ${r.quotesOutsideContent}`);
  out.push(`named by: ${Object.entries(r.resolutions).map(([k, v]) => `${k} ${v}`).join(", ")}   detection only: ${Object.entries(r.detectionOnly).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  // The issue's bar reads recall over quotes with a resolvable speaker; all gold quotes also hold scare quotes and titles.
  out.push(`quote recall ${pct(r.matched, r.gold)}% (${r.matched}/${r.gold}), of those with a named speaker ${pct(scored0, r.goldNamed)}% (${scored0}/${r.goldNamed})`);
  out.push(`predicted ${r.predicted}, matching no gold ${r.unmatchedPredicted} (inside a Content span ${r.unmatchedInContent}, outside ${r.unmatchedOutside})`);
  out.push(`speakers over ${scored0} matched quotes with a named speaker:`);
  out.push(`  floor 0      right ${pct(r.floor0.right, scored0)}%  wrong ${pct(r.floor0.wrong, scored0)}%  missing ${pct(r.floor0.missing, scored0)}%   (${r.floor0.right}/${r.floor0.wrong}/${r.floor0.missing})`);
  out.push(`  floor ${r.floor.toFixed(2)}   right ${pct(r.atFloor.right, scored)}%  wrong ${pct(r.atFloor.wrong, scored)}%  missing ${pct(r.atFloor.missing, scored)}%   (${r.atFloor.right}/${r.atFloor.wrong}/${r.atFloor.missing})`);
  out.push("");
  out.push("per rule, floor 0:");
  out.push(`  ${"rule".padEnd(22)} ${"count".padStart(6)} ${"right".padStart(6)} ${"wrong".padStart(6)} ${"miss".padStart(6)}  precision`);
  for (const row of r.rules) out.push(`  ${row.rule.padEnd(22)} ${String(row.count).padStart(6)} ${String(row.right).padStart(6)} ${String(row.wrong).padStart(6)} ${String(row.missing).padStart(6)}  ${fmt(row.precision)}`);
  out.push("");
  out.push(`reliability, attributed quotes at floor ${r.floor.toFixed(2)}:`);
  out.push(`  ${"confidence".padEnd(12)} ${"count".padStart(6)} ${"right".padStart(6)}  mean conf  accuracy`);
  r.reliability.forEach((b, i) => {
    const label = `[${b.from.toFixed(2)},${b.to.toFixed(2)}${i === r.reliability.length - 1 ? "]" : ")"}`;
    out.push(`  ${label.padEnd(12)} ${String(b.count).padStart(6)} ${String(b.right).padStart(6)}  ${fmt(b.count ? b.meanConfidence : null).padStart(9)}  ${fmt(b.accuracy).padStart(8)}`);
  });
  out.push(`  ECE ${r.ece.toFixed(3)}`);
  out.push("");
  out.push(...reportedLines(r.reported));
  const verbose = r.split === "train" ? flags.has("--verbose") : flags.has("--verbose-dev");
  if (verbose) {
    out.push("");
    const byRule = new Map<string, typeof r.quotes>();
    for (const q of r.quotes) if (q.verdict !== "right") byRule.set(q.rule ?? "(none)", [...(byRule.get(q.rule ?? "(none)") ?? []), q]);
    for (const [rule, qs] of [...byRule.entries()].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`-- ${rule}: ${qs.length} wrong or missing`);
      for (const q of qs) {
        out.push(`  ${q.verdict.toUpperCase().padEnd(7)} ${q.article.slice(0, 40)} @${q.start} "${q.text.slice(0, 70).replace(/\s+/gu, " ")}"`);
        out.push(`          gold ${q.gold.join(" | ")} (source: ${q.source ?? "-"})   got ${q.predicted ?? "none"}${q.predicted ? ` (${q.confidence})` : ""}`);
      }
    }
    out.push(`-- not found: ${r.unfound.length} gold quotes`);
    for (const u of r.unfound) out.push(`  UNFOUND ${u.article.slice(0, 40)} @${u.start} "${u.text.slice(0, 70).replace(/\s+/gu, " ")}"`);
    out.push("");
    out.push(`-- reported speech: ${r.reported.misses.length} gold attributions of the saying families missed`);
    for (const m of r.reported.misses) out.push(`  MISSING ${m.family.padEnd(9)} ${m.article.slice(0, 40)} cue "${m.cue ?? "-"}" content "${m.content.slice(0, 100)}"\n          ${m.passage}${m.near.map((n) => `\n          near: ${n}`).join("")}`);
    out.push(`-- reported speech: ${r.reported.uncounted.length} statements in no Content`);
    for (const u of r.reported.uncounted) out.push(`  NOGOLD  ${u.article.slice(0, 40)} "${u.text.slice(0, 80)}"\n          ${u.passage}`);
    const wrong = r.reported.statements.filter((s) => s.verdict !== "right");
    out.push(`-- reported speech: ${wrong.length} wrong or missing sources at floor 0`);
    for (const s of wrong) out.push(`  ${s.verdict.toUpperCase().padEnd(7)} ${s.rule ?? "-"} ${s.article.slice(0, 40)} cue "${s.cue ?? "-"}" "${s.text.slice(0, 70)}"\n          gold ${s.gold.join(" | ")}   got ${s.predicted}\n          ${s.passage}`);
  }
  console.log(out.join("\n") + "\n");
}

/** Reported speech (statements without quote marks): precision, recall per cue family, content overlap, sources. */
function reportedLines(r: ReportedFigures): string[] {
  const saying = CUE_FAMILIES.filter((f) => SAYING_FAMILIES.has(f)).reduce((a, f) => ({ gold: a.gold + r.families[f].gold, found: a.found + r.families[f].found }), { gold: 0, found: 0 });
  const scored = r.source.right + r.source.wrong + r.source.missing;
  return [
    "reported speech (attributions whose Content has no quote mark):",
    `  precision ${pct(r.counted, r.predicted)}% (${r.counted}/${r.predicted} marked statements lie in a Content)`,
    `  recall    ${pct(saying.found, saying.gold)}% on verbs of saying and "according to" (${saying.found}/${saying.gold}), ${pct(r.found, r.gold)}% on all (${r.found}/${r.gold})`,
    `  by cue:   ${CUE_FAMILIES.map((f) => `${f} ${pct(r.families[f].found, r.families[f].gold).trim()}% of ${r.families[f].gold}`).join(", ")}`,
    `  content   word F1 ${r.found ? (r.f1Sum / r.found).toFixed(3) : "-"}, exact ${pct(r.exact, r.found)}% over ${r.found} found`,
    `  source    right ${pct(r.source.right, scored)}%  wrong ${pct(r.source.wrong, scored)}%  missing ${pct(r.source.missing, scored)}%   (${r.source.right}/${r.source.wrong}/${r.source.missing} of found with a named source, default floor)`,
  ];
}
