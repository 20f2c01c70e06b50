/**
 * The typing stage (entity-type.ts) applied to a name where it stands among
 * its block's tokens: the few words on each side are its context. Shared by
 * the cue reader and the sieve, so both read a name's surroundings alike.
 */
import { explainType, type EntityType, type Typing } from "./entity-type";
import type { Token } from "./tokens";

/** Words read on each side of a name: enough for "wrote on", "said of", "the … reported". */
const CONTEXT_TOKENS = 2;
/** Names typed as these never speak: "said of Quillton's position", "wrote on Zorgbook", "Earlier, …". */
const NON_SPEAKING: ReadonlySet<EntityType> = new Set(["none", "place", "platform"]);

/** How the name at tokens [from, to) types, reading no further than [floor, ceiling) around it (a sentence, say). */
export function typeAt(tokens: readonly Token[], from: number, to: number, floor = 0, ceiling = tokens.length): Typing {
  const words = tokens.slice(from, to).map((t) => t.text);
  const before = wordsOf(tokens, Math.max(floor, from - CONTEXT_TOKENS), from);
  const after = wordsOf(tokens, to, Math.min(ceiling, to + CONTEXT_TOKENS));
  return explainType(words, { before: before && `${before} `, after: after && ` ${after}` });
}

export function canSpeak(type: EntityType): boolean {
  return !NON_SPEAKING.has(type);
}

/** The words of tokens [from, to), a quotation counting as a mark only: the words inside are not the writer's. */
function wordsOf(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const word = t.kind === "quote" ? '"' : t.text;
    out += out ? ` ${word}` : word;
  }
  return out;
}
