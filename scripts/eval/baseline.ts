/**
 * What a JavaScript developer would reach for without Saidby: Readability for
 * the article text, a quotation regex, compromise for people's names, and the
 * speaker = the name nearest to a speech verb near the quote.
 */
import { Readability } from "@mozilla/readability";
import nlp from "compromise";
import { parseHTML } from "linkedom";
import type { Prediction } from "./score";

const QUOTE = /["\u201C\u201D\u201E\u00AB\u00BB]([^"\u201C\u201D\u201E\u00AB\u00BB]{2,})["\u201C\u201D\u201E\u00AB\u00BB]/gu;
const SPEECH_VERB = /\b(said|says|say|told|tells|added|adds|according to|wrote|writes|stated|noted|tweeted|explained|argued|asked|testified|commented|quoted)\b/giu;

export function readabilityParagraphs(html: string): string[] {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return [];
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  return [...content.querySelectorAll("p, li, blockquote, h1, h2, h3, h4, figcaption")]
    .map((el) => (el.textContent ?? "").replace(/\s+/gu, " ").trim())
    .filter(Boolean);
}

export function baselinePredictions(paragraphs: readonly string[]): Prediction[] {
  const out: Prediction[] = [];
  for (const p of paragraphs) {
    const people = nlp(p)
      .people()
      .out("offset") as { text: string; offset: { start: number; length: number } }[];
    const names = people.flatMap((person) => {
      // compromise sometimes joins names across a full stop: "Andrew Tabler. Dmitry Peskov".
      const parts = person.text.split(/\.\s+/u);
      let at = person.offset.start;
      return parts.map((part) => {
        const start = p.indexOf(part, at);
        at = start + part.length;
        return { name: part.replace(/[.,'’s]+$/u, ""), start };
      });
    });
    const verbs = [...p.matchAll(SPEECH_VERB)].map((m) => m.index!);
    for (const m of p.matchAll(QUOTE)) {
      const qStart = m.index!;
      const qEnd = qStart + m[0].length;
      const outside = (i: number): boolean => i < qStart || i >= qEnd;
      const verb = nearest(verbs.filter(outside), qStart, qEnd);
      const anchor = verb ?? qStart;
      const name = nearest(names.filter((n) => outside(n.start)).map((n) => n.start), anchor, anchor + 1);
      const picked = names.find((n) => n.start === name);
      out.push({ text: m[1]!, speaker: picked ? { name: picked.name, aliases: [], role: null, affiliation: null } : null });
    }
  }
  return out;
}

function nearest(positions: readonly number[], from: number, to: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const p of positions) {
    const d = p < from ? from - p : p - to;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}
