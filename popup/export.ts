/**
 * A quote as a citation, and the whole page as Markdown, CSV or JSON. Pure:
 * strings in, strings out; the popup turns them into a clipboard write or a
 * download. Page text stays text: nothing here is ever rendered as HTML.
 */
import type { Attribution, Speaker } from "../src/core/attribution";
import { isReported, UNATTRIBUTED, type Said } from "../src/describe";
import { groupBySpeaker } from "./groups";

/** Where the quotes come from: the publication (og:site_name, else the host) and the address. */
export interface Source {
  site: string | null;
  url: string | null;
}

/** The publication's name, or the page's host when the page names none. */
export function publication({ site, url }: Source): string | null {
  if (site?.trim()) return site.trim();
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, "") || null;
  } catch {
    return null;
  }
}

/** "Ana Ruiz, Brookings Institution": the name and whom they speak for (else their role). */
export function attributedTo(speaker: Speaker | null): string {
  if (!speaker) return UNATTRIBUTED.toLowerCase();
  const where = speaker.affiliation ?? speaker.role;
  return where ? `${speaker.name}, ${where}` : speaker.name;
}

/**
 * `"…" — Ana Ruiz, Brookings Institution (The Daily Planet, https://…)`; reported speech keeps no quote marks:
 * `Reported: … — Ana Ruiz, …`, since the words are the writer's.
 */
export function citation(quote: Said, speaker: Speaker | null, source: Source): string {
  const from = [publication(source), source.url].filter((p): p is string => !!p);
  const tail = from.length ? ` (${from.join(", ")})` : "";
  const words = isReported(quote) ? `Reported: ${quote.text.trim()}` : `"${quote.text.trim()}"`;
  return `${words} — ${attributedTo(speaker)}${tail}`;
}

/** Backslash-escapes the characters that would turn page text into Markdown syntax or HTML. */
function mdText(text: string): string {
  return text.replace(/\s+/gu, " ").trim().replace(/([\\`*_[\]<>#|~])/gu, "\\$1");
}

/** The page as Markdown: a heading per speaker (as in the popup), each quote as a block quote with its cue. */
export function toMarkdown(attribution: Attribution, source: Source): string {
  const lines: string[] = [`# ${mdText(attribution.title ?? "Quotes")}`, ""];
  const pub = publication(source);
  if (pub || source.url) lines.push([pub ? mdText(pub) : null, source.url ? `<${source.url.replace(/[<>\s]/gu, encodeURIComponent)}>` : null].filter(Boolean).join(", "), "");
  for (const group of groupBySpeaker(attribution)) {
    const s = group.speaker;
    const details = s ? [s.role, s.affiliation].filter((p): p is string => !!p).map(mdText).join(", ") : "";
    const n = group.quotes.length;
    const k = group.reported.length;
    const counts = [n ? `${n} ${n === 1 ? "quote" : "quotes"}` : null, k ? `${k} reported` : null].filter(Boolean).join(", ");
    lines.push(`## ${mdText(s ? s.name : UNATTRIBUTED)}${details ? ` — ${details}` : ""} (${counts})`, "");
    for (const q of group.quotes) {
      lines.push(`> ${mdText(q.text)}`);
      if (q.cue) lines.push(`>`, `> — ${mdText(q.cue)}`);
      lines.push("");
    }
    // Reported speech is no quotation: a list item, not a block quote.
    if (k) lines.push("Reported without quote marks:", "", ...group.reported.map((r) => `- ${mdText(r.text)}${r.cue ? ` (${mdText(r.cue)})` : ""}`), "");
  }
  return lines.join("\n");
}

/** Same columns as the command line's --csv, with the page address in place of the file name. */
export const CSV_HEADER = ["url", "quote_id", "kind", "quote", "speaker", "speaker_kind", "role", "affiliation", "cue", "confidence"];

export function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/u.test(value) ? `'${value}` : value;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function toCsv(attribution: Attribution): string {
  const speakers = new Map(attribution.speakers.map((s) => [s.id, s]));
  // One row per quote, then per reported statement; the kind column tells them apart.
  const rows = [...attribution.quotes, ...attribution.reported].map((q) => {
    const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
    return [attribution.url ?? "", q.id, q.kind, q.text, s?.name ?? "", s?.kind ?? "", s?.role ?? "", s?.affiliation ?? "", q.cue ?? "", String(q.confidence)];
  });
  // CRLF, as RFC 4180 and spreadsheets expect.
  return [CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The Attribution contract itself, exactly as the command line prints it with --json. */
export function toJson(attribution: Attribution): string {
  return `${JSON.stringify(attribution, null, 2)}\n`;
}

/** Longest file-name stem taken from a title. */
const MAX_STEM = 60;

/** "saidby-assad-boasts-of-success-in-pushing" from the title, else the host, else "saidby-quotes". */
export function fileStem(attribution: Attribution): string {
  let host = "";
  try {
    host = attribution.url ? new URL(attribution.url).hostname : "";
  } catch {
    // Not a URL: no host to name the file after.
  }
  const slug = fold(attribution.title ?? host)
    .replace(/[^a-z0-9]+/gu, "-")
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/gu, "");
  return slug ? `saidby-${slug}` : "saidby-quotes";
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
