/**
 * npm run eval: the engine over every annotated page, through the same path
 * as the CLI, scored by the corpus rules, side by side with the baseline.
 *   --verbose        wrong speakers (by the rule that decided them), missed quotes, affiliation and role misses, per page
 *   --holdout-rows   also the per-page rows and errors of the measuring-only sets (reading them makes them dev sets)
 *   --polnear <dir>  also score tests/corpus/polnear-dev and polnear-holdout, whose texts are read from a local copy of PolNeAR
 *   --news <dir>     also score tests/corpus/news-dev and news-holdout, whose pages are read from a local copy of the newspaper library
 *   --parser <dir>   also score tests/corpus/parser-dev, whose pages are read from a local copy of postlight/parser
 *   --trafilatura <dir>  also score tests/corpus/trafilatura-dev, whose pages are read from a local copy of markusmobius/go-trafilatura
 *   --goose <dir>        also score tests/corpus/goose-dev, read from a local copy of goose3/goose3
 *   --newspaper4k <dir>  also score tests/corpus/newspaper4k-dev, read from a local copy of AndyTheFactory/newspaper4k
 *   --json           machine-readable figures
 */
import { baselinePredictions, readabilityParagraphs } from "./eval/baseline";
import { add, emptyScore, figures, quotesOutside, score, type Figures, type Score } from "./eval/score";
import { evalSets, loadPages, predictionsOf, readOn, TEXT_SOURCES, type TextSources } from "./eval/sets";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const holdoutRows = args.includes("--holdout-rows");
const asJson = args.includes("--json");
const sources: TextSources = Object.fromEntries(
  TEXT_SOURCES.map(({ flag, env }) => {
    const at = args.indexOf(`--${flag}`);
    return [flag, at >= 0 ? (args[at + 1] ?? null) : (process.env[env] ?? null)];
  }),
);
const { polnear, news } = sources;

const totals: Record<string, { saidby: Score; baseline: Score }> = {};
/** Per set: gold quotes lying outside the text Saidby found. */
const outside: Record<string, number> = {};
const rows: string[] = [];
const pct = (n: number): string => `${(n * 100).toFixed(1)}`.padStart(5);

for (const set of evalSets(process.cwd(), sources)) {
  const pages = loadPages(set);
  if (pages.length === 0) continue;
  totals[set.name] = { saidby: emptyScore(), baseline: emptyScore() };
  outside[set.name] = 0;
  const showRows = !set.holdout || holdoutRows;
  for (const page of pages) {
    const read = readOn(page);
    const mine = score(predictionsOf(read.attribution), page.gold);
    outside[set.name]! += quotesOutside(page.gold, read.articleText);
    const paragraphs = page.isText ? page.raw.split(/\n+/u).map((l) => l.trim()).filter(Boolean) : readabilityParagraphs(page.raw);
    const theirs = score(baselinePredictions(paragraphs), page.gold);
    add(totals[set.name]!.saidby, mine);
    add(totals[set.name]!.baseline, theirs);
    if (!showRows) continue;
    const f = figures(mine);
    rows.push(
      `${set.name.padEnd(11)} ${page.slug.slice(0, 32).padEnd(32)} ${String(mine.matched).padStart(3)}/${String(mine.gold).padEnd(3)} pred ${String(mine.predicted).padStart(3)}  F1 ${pct(f.f1)}  spk ${pct(f.speaker)}  wrong ${String(mine.speakerWrong).padStart(2)}  miss ${String(mine.speakerMissing).padStart(2)}  aff ${mine.affiliationRight}/${mine.affiliationScored}  role ${mine.roleRight}/${mine.roleScored}  inv ${mine.affiliationInvented}`,
    );
    if (verbose) rows.push(...errorLines(mine));
  }
}

function errorLines(s: Score): string[] {
  const lines: string[] = [];
  for (const w of [...s.wrong].sort((a, b) => (a.rule ?? "").localeCompare(b.rule ?? ""))) {
    lines.push(`       WRONG  [${w.rule ?? "?"}] "${w.gold.slice(0, 50)}" expected ${w.expected} got ${w.got}`);
  }
  for (const n of s.nobody) lines.push(`       NOBODY "${n.gold.slice(0, 50)}" expected ${n.expected}`);
  for (const m of s.missed) lines.push(`       MISSED "${m.slice(0, 60)}"`);
  for (const x of s.extra) lines.push(`       EXTRA  "${x.slice(0, 60)}"`);
  const seen = new Set<string>();
  for (const a of s.affiliationMisses) {
    const key = `${a.speaker}|${a.got}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`       AFFIL  ${a.speaker}: got ${a.got ?? "none"}, expected ${a.expected.map(String).join(" / ") || "none"}`);
  }
  seen.clear();
  for (const r of s.roleMisses) {
    const key = `${r.speaker}|${r.got}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`       ROLE   ${r.speaker}: got ${r.got ?? "none"}, expected ${r.expected.map(String).join(" / ")}`);
  }
  return lines;
}

const line = (name: string, f: Figures): string =>
  `${name.padEnd(26)} ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}   ${pct(f.speaker)} ${pct(f.wrong)} ${pct(f.missing)}   ${pct(f.affiliation)} ${pct(f.role)}   ${String(f.invented).padStart(3)}`;

if (asJson) {
  const out = Object.fromEntries(Object.entries(totals).map(([set, t]) => [set, { saidby: figures(t.saidby), baseline: figures(t.baseline), goldOutsideFoundText: outside[set] }]));
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(rows.join("\n"));
  console.log("");
  console.log(`${"".padEnd(26)} ${"quote P".padStart(5)} ${"R".padStart(5)} ${"F1".padStart(5)}   ${"spk".padStart(5)} ${"wrong".padStart(5)} ${"miss".padStart(5)}   ${"affil".padStart(5)} ${"role".padStart(5)}   inv`);
  for (const [set, t] of Object.entries(totals)) {
    console.log(line(`${set} Saidby`, figures(t.saidby)));
    console.log(line(`${set} baseline`, figures(t.baseline)));
  }
  // Counts, not shares: what a change is weighed by (a wrong speaker against three missing ones).
  console.log(`\nspeakers right/wrong/missing: ${Object.entries(totals).map(([set, t]) => `${set} ${t.saidby.speakerRight}/${t.saidby.speakerWrong}/${t.saidby.speakerMissing}`).join(", ")}`);
  console.log(`gold quotes outside the text Saidby found: ${Object.entries(totals).map(([set, t]) => `${set} ${outside[set]}/${t.saidby.gold}`).join(", ")}`);
  console.log("\nquote P/R/F1, speaker right/wrong/missing and affiliation/role accuracy in %; inv = affiliations given where the article states none.");
  console.log("baseline = Readability text + quotation regex + compromise people + the name nearest a speech verb.");
  if (!polnear) console.log("polnear-dev and polnear-holdout not scored: give --polnear <local copy of PolNeAR> (or POLNEAR=<dir>).");
  if (!news) console.log("news-dev and news-holdout not scored: give --news <local copy of github.com/codelucas/newspaper> (or NEWS=<dir>).");
}
