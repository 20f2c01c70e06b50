/**
 * npm run eval: the engine over every annotated page, through the same path
 * as the CLI, scored by the corpus rules, side by side with the baseline.
 *   --verbose  list wrong and missed quotes per page
 *   --json     machine-readable figures
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromHtml, fromText } from "../src/cli/load";
import type { Attribution } from "../src/core/attribution";
import { baselinePredictions, readabilityParagraphs } from "./eval/baseline";
import { add, emptyScore, figures, score, type Figures, type GoldQuote, type Prediction, type Score } from "./eval/score";

const ROOT = process.cwd();
const PAGES = [
  { dir: path.join(ROOT, "tests/fixtures/seed"), set: "seed" },
  { dir: path.join(ROOT, "tests/corpus/quotes"), set: "dev" },
  // Judged by a reader from the engine's output on pages it was not tuned on (see its README).
  { dir: path.join(ROOT, "tests/corpus/survey"), set: "survey" },
  // Judged by reading, before any engine output was seen; for measuring only, never for tuning (see its README).
  { dir: path.join(ROOT, "tests/corpus/holdout"), set: "holdout" },
];

function predictionsOf(a: Attribution | null): Prediction[] {
  if (!a) return [];
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  return a.quotes.map((q) => {
    const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
    return { text: q.text, speaker: s ? { name: s.name, aliases: s.aliases, role: s.role, affiliation: s.affiliation } : null };
  });
}

const verbose = process.argv.includes("--verbose");
const asJson = process.argv.includes("--json");
const totals: Record<string, { saidby: Score; baseline: Score }> = {};
const rows: string[] = [];
const pct = (n: number): string => `${(n * 100).toFixed(1)}`.padStart(5);

for (const { dir, set } of PAGES) {
  totals[set] = { saidby: emptyScore(), baseline: emptyScore() };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".expected.json")).sort()) {
    const expected = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { source?: string; quotes: GoldQuote[] };
    const slug = file.replace(/\.expected\.json$/u, "");
    const source = expected.source ?? `${slug}.html`;
    const raw = readFileSync(path.join(dir, source), "utf8");
    const isText = source.endsWith(".txt");
    const result = isText ? fromText(raw, source) : fromHtml(raw, source);
    const mine = score(predictionsOf(result.attribution), expected.quotes);
    const paragraphs = isText ? raw.split(/\n+/u).map((l) => l.trim()).filter(Boolean) : readabilityParagraphs(raw);
    const theirs = score(baselinePredictions(paragraphs), expected.quotes);
    add(totals[set]!.saidby, mine);
    add(totals[set]!.baseline, theirs);
    const f = figures(mine);
    rows.push(
      `${set.padEnd(7)} ${slug.slice(0, 32).padEnd(32)} ${String(mine.matched).padStart(3)}/${String(mine.gold).padEnd(3)} pred ${String(mine.predicted).padStart(3)}  F1 ${pct(f.f1)}  spk ${pct(f.speaker)}  wrong ${String(mine.speakerWrong).padStart(2)}  miss ${String(mine.speakerMissing).padStart(2)}  aff ${mine.affiliationRight}/${mine.affiliationScored}  role ${mine.roleRight}/${mine.roleScored}  inv ${mine.affiliationInvented}`,
    );
    if (verbose) {
      for (const w of mine.wrong) rows.push(`       WRONG  "${w.gold.slice(0, 50)}" expected ${w.expected} got ${w.got}`);
      for (const m of mine.missed) rows.push(`       MISSED "${m.slice(0, 60)}"`);
      const seen = new Set<string>();
      for (const a of mine.affiliationMisses) {
        const key = `${a.speaker}|${a.got}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push(`       AFFIL  ${a.speaker}: got ${a.got ?? "none"}, expected ${a.expected.map(String).join(" / ") || "none"}`);
      }
    }
  }
}

const line = (name: string, f: Figures): string =>
  `${name.padEnd(24)} ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}   ${pct(f.speaker)} ${pct(f.wrong)} ${pct(f.missing)}   ${pct(f.affiliation)} ${pct(f.role)}   ${String(f.invented).padStart(3)}`;

if (asJson) {
  const out = Object.fromEntries(Object.entries(totals).map(([set, t]) => [set, { saidby: figures(t.saidby), baseline: figures(t.baseline) }]));
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(rows.join("\n"));
  console.log("");
  console.log(`${"".padEnd(24)} ${"quote P".padStart(5)} ${"R".padStart(5)} ${"F1".padStart(5)}   ${"spk".padStart(5)} ${"wrong".padStart(5)} ${"miss".padStart(5)}   ${"affil".padStart(5)} ${"role".padStart(5)}   inv`);
  for (const [set, t] of Object.entries(totals)) {
    console.log(line(`${set} Saidby`, figures(t.saidby)));
    console.log(line(`${set} baseline`, figures(t.baseline)));
  }
  console.log("\nquote P/R/F1, speaker right/wrong/missing and affiliation/role accuracy in %; inv = affiliations given where the article states none.");
  console.log("baseline = Readability text + quotation regex + compromise people + the name nearest a speech verb.");
}
