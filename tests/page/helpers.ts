import { parseHTML } from "linkedom";

/** A linkedom document, typed as the DOM the page layer expects. */
export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Realistic filler: a paragraph of news prose of about `words` words. */
export function prose(words: number, seed = 0): string {
  const vocab = ["the", "council", "voted", "on", "a", "plan", "to", "expand", "bus", "service", "across", "the", "city",
    "after", "months", "of", "debate", "over", "costs", "and", "routes", "officials", "said", "residents", "had", "asked"];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocab[(i * 7 + seed) % vocab.length]!);
  return out.join(" ") + ".";
}
