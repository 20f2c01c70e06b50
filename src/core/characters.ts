/**
 * Character classes without Unicode-property regexes: V8 compiles a `\p{L}`
 * class on its first use in every fresh content script, which costs about a
 * millisecond each, and the engine runs on every page load. Latin script is
 * decided by character code; other scripts by case mapping, or by one
 * Unicode regex compiled only when such text shows up.
 */

let otherScriptWordChar: RegExp | null = null;

/** A letter or digit in any script. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code <= 0x24f) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  // General Punctuation (curly quotes, dashes, zero-width marks) holds no letter or digit; it is most of the non-Latin text of an English page.
  if (code >= 0x2000 && code <= 0x206f) return false;
  // Cyrillic: letters all but U+0482–U+0489 (a sign and combining marks); no case mapping per character for a Cyrillic page.
  if (code >= 0x400 && code <= 0x4ff) return code < 0x482 || code > 0x489;
  if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  otherScriptWordChar ??= /[\p{L}\p{N}]/u;
  return otherScriptWordChar.test(ch);
}

/** isWordChar(text[k]) read by character code, making no one-character string: the tokenizer asks it of nearly every character. */
export function isWordCharAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code <= 0x24f) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  // Past the end of the text (NaN): no character.
  return code === code && isWordChar(text[k]);
}

/** An upper-case (or title-case) letter. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // ASCII by code, with no case mapping: every word the tokenizer makes asks this of its first letter.
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase();
}

/** A lower-case letter. */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase();
}

/** Starts with an upper-case letter: "Ruiz", "Élysée". */
export function startsUpper(word: string): boolean {
  return isUpper(word[0]);
}
