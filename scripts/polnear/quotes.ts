/**
 * A plain quotation-mark scanner for the gold, independent of the engine's
 * src/core/quotes.ts: double marks only (straight " and curly “ ”), inside one
 * paragraph (a line of the text). A quote still open at the end of a
 * paragraph is kept when the next paragraph opens with a mark (the writer's
 * convention for a quotation running over several paragraphs): one entry
 * per paragraph, as the corpus rules count them. An open quote followed by a
 * paragraph that does not open with a mark is a stray mark and is dropped.
 */
export interface ScannedQuote {
  /** Offsets in the whole text of the words inside the marks (marks and edge spaces excluded). */
  start: number;
  end: number;
  /** Index of the paragraph (non-empty line) it lies in. */
  paragraph: number;
  /** Left open at the end of its paragraph, continued in the next. */
  continues: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

const OPEN = "\u201C";
const CLOSE = "\u201D";
const STRAIGHT = '"';
const MARKS = new Set([OPEN, CLOSE, STRAIGHT]);

/** Non-empty lines with their offsets, leading and trailing spaces excluded. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) out.push({ start: at + lead, end: at + lead + body.length });
    at += line.length + 1;
  }
  return out;
}

export function scanQuotes(text: string): ScannedQuote[] {
  const paragraphs = paragraphsOf(text);
  const out: ScannedQuote[] = [];
  for (const [p, para] of paragraphs.entries()) {
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      const c = text[i]!;
      if (!MARKS.has(c)) continue;
      if (open < 0) {
        // A closing curly mark with no quote open: an opening mark typed the wrong way only when a word follows it.
        if (c === CLOSE && !(/\s/u.test(text[i - 1] ?? " ") && /\S/u.test(text[i + 1] ?? " "))) continue;
        open = i;
      } else if (c === OPEN && text[open] === OPEN) {
        // Two opening marks in a row: the first was never closed; start again here.
        open = i;
      } else {
        push(out, text, open + 1, i, p, false);
        open = -1;
      }
    }
    if (open >= 0) {
      const next = paragraphs[p + 1];
      if (next && MARKS.has(text[next.start]!)) push(out, text, open + 1, para.end, p, true);
    }
  }
  return out;
}

function push(out: ScannedQuote[], text: string, start: number, end: number, paragraph: number, continues: boolean): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, paragraph, continues });
}
