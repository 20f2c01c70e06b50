/**
 * The real article the README shows reported speech on, and the source picked
 * on it: the overlay and popup suites screenshot the same page and speaker.
 */
import type { Attribution, ReportedStatement, Speaker } from "../../src/core/attribution";

/** An annotated corpus page whose sources are quoted and also reported without quote marks. */
export const SHOWCASE_PAGE = "corpus/quotes/msn-migrant-flu-shots.html";

export interface Showcase {
  speaker: Speaker;
  quoteIds: string[];
  reported: ReportedStatement[];
}

/**
 * The named source with the most reported statements among those who are also quoted (then the most quotes);
 * null when none is both. Only a name no other speaker's name or affiliation holds: the popup's filter then
 * shows that source's group alone.
 */
export function showcaseSource(a: Attribution): Showcase | null {
  const named = (s: Speaker): boolean => !a.speakers.some((o) => o !== s && [o.name, o.affiliation ?? ""].some((t) => t.toLowerCase().includes(s.name.toLowerCase())));
  const best = a.speakers
    .filter((s) => s.kind !== "anonymous" && named(s))
    .map((speaker) => ({
      speaker,
      quoteIds: a.quotes.filter((q) => q.speakerId === speaker.id).map((q) => q.id),
      reported: a.reported.filter((r) => r.speakerId === speaker.id),
    }))
    .filter((c) => c.quoteIds.length > 0 && c.reported.length > 0)
    .sort((x, y) => y.reported.length - x.reported.length || y.quoteIds.length - x.quoteIds.length);
  return best[0] ?? null;
}
