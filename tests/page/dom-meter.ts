/**
 * Counts the work code does on a linkedom document, from the outside: every
 * call of a DOM method or getter the page layer uses (one operation each) and
 * every character of text it reads (`data`, `textContent`, `substringData`).
 * Calls linkedom makes inside one of these (its `length` reads `data`) are
 * not counted again. Used to show that a step generator pauses after a
 * bounded amount of work: counted, never timed.
 */

/** DOM getters the page layer reads. (`parentNode` and `nodeType` are plain fields in linkedom: not counted.) */
const GETTERS = ["firstChild", "nextSibling", "firstElementChild", "nextElementSibling", "parentElement", "tagName",
  "textContent", "data", "length", "body", "documentElement", "title"];
/** DOM methods the page layer calls. */
const METHODS = ["getAttribute", "hasAttribute", "contains", "compareDocumentPosition", "substringData",
  "getElementsByTagName", "querySelector", "querySelectorAll", "getComputedStyle"];
/** Reads whose result is page text: their characters are counted. */
const TEXT = new Set(["data", "textContent", "substringData"]);

export interface DomMeter {
  /** DOM calls since the last reset. */
  ops: number;
  /** Characters of page text read since the last reset. */
  chars: number;
  reset(): void;
  /** Puts every patched method and getter back. */
  restore(): void;
}

/** Patches the prototypes behind `doc`'s nodes (shared by every linkedom document) until `restore()`. */
export function meterDom(doc: Document): DomMeter {
  const meter: DomMeter = {
    ops: 0,
    chars: 0,
    reset() { meter.ops = 0; meter.chars = 0; },
    restore() { for (const undo of undos) undo(); },
  };
  const undos: Array<() => void> = [];
  let depth = 0;
  const count = <T>(name: string, call: () => T): T => {
    if (depth > 0) return call();
    depth++;
    try {
      const out = call();
      meter.ops++;
      if (TEXT.has(name) && typeof out === "string") meter.chars += out.length;
      return out;
    } finally {
      depth--;
    }
  };
  const samples: object[] = [doc, doc.createElement("div"), doc.createElement("p"), doc.createElement("h1"),
    doc.createElement("meta"), doc.createElement("script"), doc.createTextNode("x"), doc.createComment("x")];
  const seen = new Set<object>();
  for (const sample of samples) {
    for (let proto = Object.getPrototypeOf(sample); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      if (seen.has(proto)) continue;
      seen.add(proto);
      for (const name of [...GETTERS, ...METHODS]) {
        const d = Object.getOwnPropertyDescriptor(proto, name);
        if (!d) continue;
        if (d.get) {
          const get = d.get;
          Object.defineProperty(proto, name, { ...d, get(this: unknown) { return count(name, () => get.call(this)); } });
        } else if (typeof d.value === "function") {
          const fn = d.value as (...args: unknown[]) => unknown;
          Object.defineProperty(proto, name, { ...d, value(this: unknown, ...args: unknown[]) { return count(name, () => fn.apply(this, args)); } });
        } else continue;
        undos.push(() => Object.defineProperty(proto, name, d));
      }
    }
  }
  return meter;
}

/** Runs a step generator to its end, measuring each step; returns its value and the largest step. */
export function meterSteps<T>(meter: DomMeter, steps: Generator<void, T, void>): { value: T; steps: number; maxOps: number; maxChars: number; totalOps: number } {
  let n = 0, maxOps = 0, maxChars = 0, totalOps = 0;
  for (;;) {
    meter.reset();
    const step = steps.next();
    n++;
    totalOps += meter.ops;
    maxOps = Math.max(maxOps, meter.ops);
    maxChars = Math.max(maxChars, meter.chars);
    if (step.done) return { value: step.value, steps: n, maxOps, maxChars, totalOps };
  }
}
