/**
 * A set of words written as one space-separated string: the engine's word
 * tables ship in every content script, and a string is a third the size of
 * an array of literals.
 */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/u));
}
