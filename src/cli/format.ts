/** The ways the CLI prints an Attribution: a table for people, CSV rows and flat quote rows for programs. */
import type { Attribution, Quote, ReportedStatement, Speaker } from "../core/attribution";

/** Quote text shown in the table; the full text is in --json and --csv. */
const TABLE_QUOTE_CHARS = 64;

/** One quote as a flat row: what --csv and --quotes print, one per quote. */
export interface QuoteRow {
  quote_id: string;
  kind: string;
  quote: string;
  speaker: string | null;
  speaker_kind: string | null;
  role: string | null;
  affiliation: string | null;
  cue: string | null;
  confidence: number;
}

const QUOTE_COLUMNS = ["quote_id", "kind", "quote", "speaker", "speaker_kind", "role", "affiliation", "cue", "confidence"] as const satisfies readonly (keyof QuoteRow)[];

export const CSV_HEADER = ["file", ...QUOTE_COLUMNS];

function speakerOf(a: Attribution, q: Quote | ReportedStatement): Speaker | null {
  return q.speakerId ? (a.speakers.find((s) => s.id === q.speakerId) ?? null) : null;
}

export function table(a: Attribution, file: string): string {
  const lines: string[] = [];
  lines.push(`${a.title ?? file}`);
  lines.push(`${a.quotes.length} quotes, ${a.reported.length} reported statements, ${a.speakers.length} speakers`);
  lines.push("");
  const rows = a.quotes.map((q, i) => {
    const s = speakerOf(a, q);
    const text = q.text.length > TABLE_QUOTE_CHARS ? `${q.text.slice(0, TABLE_QUOTE_CHARS - 1)}…` : q.text;
    return [String(i + 1), `“${text}”`, s?.name ?? "(unattributed)", s?.affiliation ?? ""];
  });
  lines.push(...grid([["#", "Quote", "Speaker", "Affiliation"], ...rows]));
  lines.push("");
  const count = (items: readonly { speakerId: string | null }[], s: Speaker): string => String(items.filter((q) => q.speakerId === s.id).length);
  lines.push(...grid([["Speaker", "Role", "Affiliation", "Quotes", "Reported"], ...a.speakers.map((s) => [s.name, s.role ?? "", s.affiliation ?? "", count(a.quotes, s), count(a.reported, s)])]));
  return lines.join("\n");
}

function grid(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length)));
  const line = (r: string[]): string => r.map((cell, c) => cell + " ".repeat(widths[c]! - [...cell].length)).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "─".repeat(w)).join("  "), ...rows.slice(1).map(line)];
}

/** One row per quote, then one per reported statement; the kind column tells them apart ("direct" … "indirect", "belief"). */
export function quoteRows(a: Attribution): QuoteRow[] {
  return [...a.quotes, ...a.reported].map((q) => {
    const s = speakerOf(a, q);
    return { quote_id: q.id, kind: q.kind, quote: q.text, speaker: s?.name ?? null, speaker_kind: s?.kind ?? null, role: s?.role ?? null, affiliation: s?.affiliation ?? null, cue: q.cue, confidence: q.confidence };
  });
}

export function csvRows(a: Attribution, file: string): string[] {
  return quoteRows(a).map((row) => [file, ...QUOTE_COLUMNS.map((c) => String(row[c] ?? ""))].map(csvCell).join(","));
}

export function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/u.test(value) ? `'${value}` : value;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
