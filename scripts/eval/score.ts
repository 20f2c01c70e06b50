/**
 * The scoring rules of the quote corpus (tests/corpus/quotes/README.md,
 * copied from the corpus): quote P/R/F1, speaker right/wrong/missing,
 * role and affiliation accuracy, invented affiliations.
 */
export interface GoldQuote {
  starts: string;
  ends: string;
  speaker: string | null;
  accept?: string[];
  role: (string | null)[];
  affiliation: (string | null)[];
  ambiguous?: boolean;
}

export interface Prediction {
  text: string;
  /** The engine rule that decided the speaker, and its confidence (absent for the baseline). */
  rule?: string | null;
  confidence?: number;
  speaker: { name: string; aliases: string[]; role: string | null; affiliation: string | null } | null;
}

export interface Score {
  predicted: number;
  gold: number;
  matched: number;
  speakerScored: number;
  speakerRight: number;
  speakerWrong: number;
  speakerMissing: number;
  affiliationScored: number;
  affiliationRight: number;
  affiliationInvented: number;
  roleScored: number;
  roleRight: number;
  roleInvented: number;
  /** Matched quotes whose speaker is wrong, for reading. */
  wrong: { gold: string; expected: string | null; got: string | null; rule: string | null }[];
  /** Matched, scored quotes by the rule that decided them: how often each was right, wrong, or gave nobody. */
  byRule: Record<string, { right: number; wrong: number; none: number }>;
  /** Matched, scored quotes with a speaker given: confidence and whether it was right (for a reliability table). */
  confidences: { confidence: number; right: boolean }[];
  missed: string[];
  /** Predicted quotes that match no gold quote (scare quotes, titles, …), for reading. */
  extra: string[];
  /** Matched quotes left without a speaker where the article names one, for reading. */
  nobody: { gold: string; expected: string }[];
  /** Right speakers whose affiliation is wrong or missing, for reading. */
  affiliationMisses: { speaker: string; expected: (string | null)[]; got: string | null }[];
  roleMisses: { speaker: string; expected: (string | null)[]; got: string | null }[];
}

export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A`´]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/** Quote marks and punctuation at the edges removed: what "contains" is tested on. */
function core(text: string): string {
  return normalize(text).replace(/^[\s"'.,;:!?\-…]+|[\s"'.,;:!?\-…]+$/gu, "");
}

function nameForm(name: string): string {
  return normalize(name).replace(/[.,]/gu, "").replace(/^the\s+/u, "").trim();
}

/** Gold quotes whose first or last words are not in the text the finder read: the article was cut short or missed. */
export function quotesOutside(gold: readonly GoldQuote[], foundText: string): number {
  const found = normalize(foundText);
  return gold.filter((q) => !found.includes(normalize(q.starts)) || !found.includes(normalize(q.ends))).length;
}

export function emptyScore(): Score {
  return {
    predicted: 0, gold: 0, matched: 0, speakerScored: 0, speakerRight: 0, speakerWrong: 0, speakerMissing: 0,
    affiliationScored: 0, affiliationRight: 0, affiliationInvented: 0, roleScored: 0, roleRight: 0, roleInvented: 0,
    wrong: [], missed: [], extra: [], nobody: [], affiliationMisses: [], roleMisses: [], byRule: {}, confidences: [],
  };
}

export function score(predictions: readonly Prediction[], gold: readonly GoldQuote[]): Score {
  const s = emptyScore();
  s.predicted = predictions.length;
  s.gold = gold.length;
  const used = new Set<number>();
  const goldCores = gold.map((g) => ({ starts: core(g.starts), ends: core(g.ends) }));
  const matchedGold = new Set<number>();
  for (const p of predictions) {
    const text = core(p.text);
    const g = gold.findIndex((_, i) => !matchedGold.has(i) && text.includes(goldCores[i]!.starts) && text.includes(goldCores[i]!.ends));
    if (g < 0) {
      s.extra.push(p.text);
      continue;
    }
    matchedGold.add(g);
    used.add(g);
    s.matched++;
    scoreSpeaker(s, p, gold[g]!);
  }
  gold.forEach((g, i) => {
    if (!matchedGold.has(i)) s.missed.push(g.starts);
  });
  return s;
}

function scoreSpeaker(s: Score, p: Prediction, g: GoldQuote): void {
  if (g.ambiguous) return;
  s.speakerScored++;
  const accepted = g.speaker === null ? [] : [g.speaker, ...(g.accept ?? [])].map(nameForm);
  const given = p.speaker ? [p.speaker.name, ...p.speaker.aliases].map(nameForm) : [];
  const right = g.speaker === null ? p.speaker === null : given.some((n) => accepted.includes(n));
  if (right) s.speakerRight++;
  else if (p.speaker) {
    s.speakerWrong++;
    s.wrong.push({ gold: g.starts, expected: g.speaker, got: p.speaker.name, rule: p.rule ?? null });
  } else {
    s.speakerMissing++;
    s.nobody.push({ gold: g.starts, expected: g.speaker! });
  }
  const tally = (s.byRule[p.rule ?? "none"] ??= { right: 0, wrong: 0, none: 0 });
  if (!p.speaker) tally.none++;
  else if (right) tally.right++;
  else tally.wrong++;
  if (p.speaker && p.confidence !== undefined) s.confidences.push({ confidence: p.confidence, right });
  if (!right || !p.speaker) return;
  scoreField(p.speaker.affiliation, g.affiliation, (scored, ok, invented) => {
    if (scored && !ok || invented) s.affiliationMisses.push({ speaker: p.speaker!.name, expected: g.affiliation, got: p.speaker!.affiliation });
    s.affiliationScored += scored;
    s.affiliationRight += ok;
    s.affiliationInvented += invented;
  });
  scoreField(p.speaker.role, g.role, (scored, ok, invented) => {
    if (scored && !ok) s.roleMisses.push({ speaker: p.speaker!.name, expected: g.role, got: p.speaker!.role });
    s.roleScored += scored;
    s.roleRight += ok;
    s.roleInvented += invented;
  });
}

function scoreField(value: string | null, accepted: readonly (string | null)[], add: (scored: number, ok: number, invented: number) => void): void {
  if (accepted.length === 0) {
    add(0, 0, value ? 1 : 0);
    return;
  }
  const ok = value === null ? accepted.includes(null) : accepted.some((a) => a !== null && nameForm(a) === nameForm(value));
  add(1, ok ? 1 : 0, 0);
}

export function add(total: Score, page: Score): void {
  for (const key of Object.keys(total) as (keyof Score)[]) {
    const v = total[key];
    if (typeof v === "number") (total[key] as number) = v + (page[key] as number);
  }
  total.wrong.push(...page.wrong);
  total.missed.push(...page.missed);
  total.nobody.push(...page.nobody);
  total.affiliationMisses.push(...page.affiliationMisses);
  total.roleMisses.push(...page.roleMisses);
  total.confidences.push(...page.confidences);
  for (const [rule, t] of Object.entries(page.byRule)) {
    const sum = (total.byRule[rule] ??= { right: 0, wrong: 0, none: 0 });
    sum.right += t.right;
    sum.wrong += t.wrong;
    sum.none += t.none;
  }
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  speaker: number;
  wrong: number;
  missing: number;
  affiliation: number;
  role: number;
  invented: number;
}

export function figures(s: Score): Figures {
  const precision = s.predicted ? s.matched / s.predicted : 0;
  const recall = s.gold ? s.matched / s.gold : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speaker: s.speakerScored ? s.speakerRight / s.speakerScored : 0,
    wrong: s.speakerScored ? s.speakerWrong / s.speakerScored : 0,
    missing: s.speakerScored ? s.speakerMissing / s.speakerScored : 0,
    affiliation: s.affiliationScored ? s.affiliationRight / s.affiliationScored : 0,
    role: s.roleScored ? s.roleRight / s.roleScored : 0,
    invented: s.affiliationInvented,
  };
}
