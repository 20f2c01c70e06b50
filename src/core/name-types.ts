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
  const name = wordsOf(tokens, from, to);
  const before = wordsOf(tokens, Math.max(floor, from - CONTEXT_TOKENS), from);
  const after = wordsOf(tokens, to, Math.min(ceiling, to + CONTEXT_TOKENS));
  const key = `${before}\u0000${name}\u0000${after}`;
  let typing = typings.get(key);
  if (!typing) {
    if (typings.size >= MAX_KEPT_TYPINGS) typings.clear();
    typing = explainType(tokens.slice(from, to).map((t) => t.text), { before: before && `${before} `, after: after && ` ${after}` });
    typings.set(key, typing);
  }
  return typing;
}

/** Typings by name and context: a name is typed again at every mention, mostly in the same few words. Bounded. */
const typings = new Map<string, Typing>();
const MAX_KEPT_TYPINGS = 5_000;

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
