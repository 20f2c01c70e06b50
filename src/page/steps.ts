/**
 * Step generators: the page layer's long walks (article search, block walk)
 * are generators that pause after a bounded amount of work, so the content
 * script can run them in slices (run-in-slices.ts) and the CLI, the eval and
 * the tests can run them to the end in one go (`runToEnd`).
 *
 * Work is counted, never timed: a node visited (or a candidate, an ancestor,
 * a sibling looked at) is one unit, and so is every CHARS_PER_UNIT characters
 * of text read. A step ends when it has spent UNITS_PER_STEP units; one text
 * node longer than CHARS_PER_STEP is read in pieces, one step each.
 */

/** Units per step: a few hundred nodes are well under a millisecond in a browser. */
export const UNITS_PER_STEP = 256;
/** Characters of text that cost about what visiting one node does (a scan of their char codes). */
export const CHARS_PER_UNIT = 256;
/** The most text one step reads from one text node (64 Ki characters, a fraction of a millisecond to scan). */
export const CHARS_PER_STEP = UNITS_PER_STEP * CHARS_PER_UNIT;

/** Counts work; `spend` says when the current step is full and the caller should yield. */
export class Pace {
  private used = 0;

  /** True when this brings the step to UNITS_PER_STEP (the count then starts again). */
  spend(units = 1): boolean {
    this.used += units;
    if (this.used < UNITS_PER_STEP) return false;
    this.used = 0;
    return true;
  }

  /** Units for reading `chars` characters of text (one at least: the node itself). */
  static textUnits(chars: number): number {
    return 1 + Math.floor(chars / CHARS_PER_UNIT);
  }
}

/**
 * The text of a node in pieces of at most CHARS_PER_STEP characters, each
 * with its offset in the node; the caller yields between pieces. Reads the
 * live node piece by piece (`substringData`), so a step touches only its
 * piece, and a page that shortens the node meanwhile only ends it early.
 */
export function* textPieces(node: CharacterData): Generator<[piece: string, offset: number], void, void> {
  for (let at = 0; at < node.length; at += CHARS_PER_STEP) {
    yield [node.substringData(at, CHARS_PER_STEP), at];
  }
}

/** Drives a step generator to its end in one go. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
