/**
 * Generated news articles of any length and any number of quotes, for the
 * scaling runs and the 50,000-word browser page. Deterministic (seeded), so
 * every run times the same pages: a headline, running text in paragraphs of
 * a few sentences, quotes in the forms real pages use (full introduction
 * with role and organisation, surname only, partial quote, "according to"),
 * inside the usual page furniture (navigation, related links, footer).
 */

/** Words per generated paragraph of running text (about; sentences are whole). */
const PARAGRAPH_WORDS = 70;
/** Words per quote paragraph (about). */
const QUOTE_PARAGRAPH_WORDS = 35;
/** Distinct speakers an article cycles through. */
const SPEAKERS = 24;

const FIRST = ["Maria", "James", "Aisha", "Tom", "Elena", "David", "Priya", "Lucas", "Hannah", "Omar", "Grace", "Victor", "Sofia", "Daniel", "Mei", "Robert", "Laura", "Kwame", "Ines", "Peter", "Nadia", "Samuel", "Claire", "Jonas"];
const LAST = ["Alvarez", "Whitfield", "Okafor", "Brennan", "Kowalski", "Hartman", "Raman", "Moreau", "Lindqvist", "Haddad", "Castillo", "Novak", "Ferreira", "Ashworth", "Tanaka", "Delgado", "Fischer", "Mensah", "Duarte", "Holloway", "Karimi", "Osei", "Lambert", "Voss"];
const ROLES = ["the director", "a senior economist", "the chief executive", "a spokeswoman", "the mayor", "a professor of history", "the head of research", "a policy adviser", "the chairman", "a senior fellow"];
const ORGS = ["Northfield Institute", "Harbor City Council", "Atlas Energy", "Meridian Bank", "the University of Easton", "Civic Data Project", "Riverside Hospital", "Greenline Transit", "the Coastal Water Authority", "Pioneer Labs"];
const WORDS = (
  "the city council plan would change how people pay for water roads and schools over the next decade while officials " +
  "said the budget had grown faster than expected after two dry summers and a long dispute with state regulators about " +
  "new rules for rivers farms and factories in the region many residents have asked for clearer numbers on costs and " +
  "timing before any vote takes place this spring report shows that prices rose sharply last year as demand for housing " +
  "outpaced supply in most districts and smaller towns nearby experts warned that delays could raise the final bill " +
  "by millions of dollars unless work begins soon"
).split(" ");

/** mulberry32: small, fast, good enough to vary sentences. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface GeneratedArticle {
  html: string;
  /** Words of article text (headline and paragraphs, not the page furniture). */
  words: number;
  /** Quotations written (a quote paragraph holds one or two). */
  quotes: number;
}

/** An article of about `words` words with `quotes` quote paragraphs spread evenly through it. */
export function generateArticle(words: number, quotes: number, seed = 1): GeneratedArticle {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let count = 0;
  const sentence = (n: number): string => {
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(pick(WORDS));
    count += n;
    const s = ws.join(" ");
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const introduced = new Set<number>();
  const quoteParagraph = (i: number): string => {
    const who = i % SPEAKERS;
    const first = FIRST[who]!, last = LAST[who]!;
    const said = sentence(9 + Math.floor(rnd() * 8));
    if (!introduced.has(who)) {
      introduced.add(who);
      count += 8;
      return `“${said},” said ${first} ${last}, ${ROLES[who % ROLES.length]} of ${ORGS[who % ORGS.length]}. ${sentence(12)}.`;
    }
    count += 2;
    switch (i % 3) {
      case 0: return `“${said}.” ${last} said ${sentence(6).toLowerCase()}. ${sentence(10)}.`;
      case 1: count += 2; return `According to ${last}, “${said}.” ${sentence(12)}.`;
      default: return `${last} said the plan was “${sentence(5).toLowerCase()}” and added: “${said}.”`;
    }
  };
  const textParagraph = (): string => {
    const out: string[] = [];
    const start = count;
    while (count - start < PARAGRAPH_WORDS) out.push(`${sentence(10 + Math.floor(rnd() * 12))}.`);
    return out.join(" ");
  };

  const title = "Council weighs water plan as costs climb";
  count += 7;
  const textWords = Math.max(0, words - quotes * QUOTE_PARAGRAPH_WORDS);
  const textParagraphs = Math.max(1, Math.round(textWords / PARAGRAPH_WORDS));
  const paragraphs: string[] = [];
  let q = 0;
  for (let p = 0; p < textParagraphs; p++) {
    paragraphs.push(textParagraph());
    // Quotes spread evenly: after text paragraph p, as many as bring the total to the right share.
    const due = Math.round((quotes * (p + 1)) / textParagraphs);
    while (q < due) paragraphs.push(quoteParagraph(q++));
  }
  const articleWords = count;
  const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/news/${i}">${escapeText(sentence(6))}</a></li>`).join("");
  const nav = ["News", "Politics", "Business", "Science", "Opinion", "Sport"].map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(" ");
  const body = paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | The Harbor Courier</title>
<meta property="og:type" content="article"></head>
<body>
<header class="masthead"><nav class="menu">${nav}</nav></header>
<main>
<article class="story">
<h1>${title}</h1>
<p class="byline">By Staff Reporter</p>
<div class="article-body">
${body}
</div>
</article>
<aside class="related"><h2>Related</h2><ul>${related}</ul></aside>
</main>
<footer class="footer"><p>© The Harbor Courier</p></footer>
</body></html>
`;
  return { html, words: articleWords, quotes: (body.match(/“/g) ?? []).length };
}
