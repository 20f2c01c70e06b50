/**
 * brat standoff (.ann) reader, as PolNeAR uses it: text-bound spans
 * (`T1<TAB>Source 10 15;17 20<TAB>text`, possibly in several fragments) and
 * events linking them (`E1<TAB>Attribution:T4 Source:T3 Content:T2 Cue:T1`).
 * Notes (`#`) and anything else are skipped.
 */
export interface BratSpan {
  id: string;
  type: string;
  /** [start, end) character offsets in the text, one pair per fragment. */
  fragments: [number, number][];
  text: string;
}

export interface BratEvent {
  id: string;
  /** "Attribution" or "Attribution-no-source". */
  type: string;
  trigger: string;
  /** Role → span id, e.g. { Source: "T3", Content: "T2", Cue: "T1" }. */
  args: Record<string, string>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** One attribution relation with its spans resolved. */
export interface BratAttribution {
  id: string;
  source: BratSpan | null;
  cue: BratSpan | null;
  content: BratSpan | null;
}

export function parseAnn(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/u)) {
    if (line.startsWith("T")) {
      const [id, middle, text = ""] = line.split("\t");
      if (!id || !middle) continue;
      const space = middle.indexOf(" ");
      if (space < 0) continue;
      const type = middle.slice(0, space);
      const fragments: [number, number][] = [];
      for (const part of middle.slice(space + 1).split(";")) {
        const m = /^\s*(\d+)\s+(\d+)\s*$/u.exec(part);
        if (m) fragments.push([Number(m[1]), Number(m[2])]);
      }
      if (fragments.length) spans.set(id, { id, type, fragments, text });
    } else if (line.startsWith("E")) {
      const [id, body] = line.split("\t");
      if (!id || !body) continue;
      const parts = body.trim().split(/\s+/u);
      const [type = "", trigger = ""] = (parts[0] ?? "").split(":");
      const args: Record<string, string> = {};
      for (const part of parts.slice(1)) {
        const colon = part.indexOf(":");
        if (colon > 0) args[part.slice(0, colon)] = part.slice(colon + 1);
      }
      events.push({ id, type, trigger, args });
    }
  }
  return { spans, events };
}

export function attributionsOf(doc: BratDocument): BratAttribution[] {
  const get = (id: string | undefined): BratSpan | null => (id ? doc.spans.get(id) ?? null : null);
  return doc.events
    .filter((e) => e.type.startsWith("Attribution"))
    .map((e) => ({ id: e.id, source: get(e.args["Source"]), cue: get(e.args["Cue"]), content: get(e.args["Content"]) }));
}

/** Characters of [start, end) covered by the span's fragments. */
export function overlapWith(span: BratSpan, start: number, end: number): number {
  let n = 0;
  for (const [s, e] of span.fragments) n += Math.max(0, Math.min(end, e) - Math.max(start, s));
  return n;
}

export function spanStart(span: BratSpan): number {
  return Math.min(...span.fragments.map((f) => f[0]));
}

export function spanEnd(span: BratSpan): number {
  return Math.max(...span.fragments.map((f) => f[1]));
}
