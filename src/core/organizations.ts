/**
 * What the article itself shows to be an organisation, read once over all its
 * blocks (one pass, so it costs no more than tokenizing): names that hold a
 * company's role ("Acme founder", "Acme's CEO"), names a common noun
 * introduces ("the group Nurses for Clean Air", "research firm ZYX"), and
 * offices named after a role ("the District Attorney's Office for …").
 * Profiles use it to give a bare role ("CEO Jo Hart") its organisation only
 * when the article vouches that the name is one.
 */
import { wordSet } from "./word-set";
import type { BlockTokens } from "./cast";
import { isDemonym, isOrganizationWord } from "./roles";
import type { Token } from "./tokens";
import { isPossessive, withoutPossessive } from "./tokens";
import { NOT_NAME_WORDS } from "./vocabulary";

/** Roles only a company or group has: "Acme founder" shows that Acme is one. */
export const COMPANY_ROLES: ReadonlySet<string> = wordSet(`
  ceo cfo coo cto co-ceo founder co-founder cofounder chairman chairwoman spokesman spokeswoman spokesperson
`);

/** Common nouns that introduce an organisation's name right after them: "the group Nurses for Clean Air". */
export const INTRODUCING_NOUNS: ReadonlySet<string> = wordSet(`
  company agency firm group organization organisation website nonprofit charity network bank team club party
`);

/** Longest name read before a role or after an introducing noun, in tokens. */
const MAX_NAME_TOKENS = 6;
/** Longest office name, in tokens ("District Attorney's Office for the Northern District of Quill County" is 11): bounds the work on hostile runs. */
const MAX_OFFICE_TOKENS = 16;

export interface KnownOrganizations {
  /** "Acme" when the article writes "Acme founder …" or "Acme's CEO" somewhere. */
  holdsCompanyRole(name: string): boolean;
  /** The one name the article introduces with this noun ("group" → "Nurses for Clean Air"), else null. */
  introducedAs(noun: string): string | null;
  /** "District Attorney" → "District Attorney's Office for the Northern District", when the article names it. */
  officeOf(role: string): string | null;
  /** The one organisation the article names with this head ("trust" → "Harbour Trust", "department" → "Department of Energy"), else null. */
  namedByHead(noun: string): string | null;
}

function key(name: string): string {
  return name.toLowerCase().replace(/’/gu, "'");
}

export function readOrganizations(blocks: readonly BlockTokens[]): KnownOrganizations {
  const holders = new Set<string>();
  const introduced = new Map<string, Set<string>>();
  const offices = new Map<string, string>();
  /** Head noun → the bodies named with it, by their other words: the first name written, and how often any was. */
  const byHead = new Map<string, Map<string, { name: string; count: number }>>();
  for (const { tokens, text } of blocks) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word") continue;
      const before = tokens[k - 1];
      if (t.capitalized && !NOT_NAME_WORDS.has(t.lower) && (!before?.capitalized || NOT_NAME_WORDS.has(before.lower))) {
        // One body: "the Department of Energy and the Department of Labor" are two.
        let end = nameEnd(tokens, k);
        for (let j = k + 1; j < end; j++) if (tokens[j]!.lower === "and" || tokens[j]!.text === "&") end = j;
        const head = end - k >= 2 ? headOf(tokens, k, end) : null;
        if (head && isOrganizationWord(head)) {
          const bodies = byHead.get(head) ?? new Map<string, { name: string; count: number }>();
          const name = withoutPossessive(slice(text, tokens, k, end));
          const words = otherWords(name, head);
          const body = bodies.get(words) ?? { name, count: 0 };
          body.count++;
          bodies.set(words, body);
          byHead.set(head, bodies);
        }
      }
      if (k === 0) continue;
      if (COMPANY_ROLES.has(t.bare)) {
        const from = nameStartBefore(tokens, k);
        if (from !== null) holders.add(key(withoutPossessive(slice(text, tokens, from, k))));
      }
      if (t.capitalized && t.bare === "office" && isPossessive(tokens[k - 1]!.text) && tokens[k - 1]!.capitalized) {
        const from = nameStartBefore(tokens, k) ?? k - 1;
        const role = key(withoutPossessive(slice(text, tokens, from, k)));
        if (!offices.has(role)) offices.set(role, slice(text, tokens, from, nameEnd(tokens, k)));
      }
      if (!t.capitalized && INTRODUCING_NOUNS.has(t.lower) && tokens[k + 1]?.capitalized && tokens[k + 1]!.kind === "word") {
        const end = nameEnd(tokens, k + 1);
        if (end - (k + 1) > MAX_NAME_TOKENS || NOT_NAME_WORDS.has(tokens[k + 1]!.lower)) continue;
        const names = introduced.get(t.lower) ?? new Set<string>();
        names.add(withoutPossessive(slice(text, tokens, k + 1, end)));
        introduced.set(t.lower, names);
      }
    }
  }
  return {
    holdsCompanyRole: (name) => holders.has(key(name)),
    introducedAs: (noun) => {
      const names = introduced.get(noun);
      return names && names.size === 1 ? names.values().next().value! : null;
    },
    officeOf: (role) => offices.get(key(role)) ?? null,
    namedByHead: (noun) => {
      // The body named most with this head, if named at least twice as often as any other ("the Department of
      // Energy" and "the Energy Department" are one body: the same words around the head).
      const [top, next] = [...(byHead.get(noun)?.values() ?? [])].sort((x, y) => y.count - x.count);
      return top && (!next || top.count >= 2 * next.count) ? top.name : null;
    },
  };
}

/** A name's words other than its head and "of"/"for"/"the", sorted: "Department of Energy" and "Energy Department" give "energy". */
function otherWords(name: string, head: string): string {
  return name.toLowerCase().split(/\s+/u).filter((w) => w !== head && !/^(of|for|the)$/u.test(w)).sort().join(" ");
}

/** The noun a name is built on: its last word, or the word before "of"/"for" ("Department of Energy" → "department"). */
function headOf(tokens: readonly Token[], from: number, to: number): string {
  let end = to;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.lower === "of" || tokens[k]!.lower === "for") {
      end = k;
      break;
    }
  }
  return withoutPossessive(tokens[end - 1]!.bare);
}

/** Start of the capitalised name that ends right before token `k`: "[Acme Corp.]'s CEO". Null if none. */
function nameStartBefore(tokens: readonly Token[], k: number): number | null {
  let from = k;
  while (from > 0 && k - from < MAX_NAME_TOKENS) {
    const t = tokens[from - 1]!;
    if (t.kind !== "word" || !t.capitalized || NOT_NAME_WORDS.has(t.lower) || COMPANY_ROLES.has(t.bare)) break;
    from--;
    if (isPossessive(t.text) && from < k - 1) {
      from++;
      break;
    }
  }
  if (from === k || tokens.slice(from, k).every((t) => isDemonym(t.bare))) return null;
  return from;
}

/** End of a name that starts at `i`, through "of", "for the", "and": "Office for the Northern District of Utah". */
function nameEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  while (end < tokens.length && end - i < MAX_OFFICE_TOKENS) {
    const t = tokens[end]!;
    if (t.kind === "word" && t.capitalized && !NOT_NAME_WORDS.has(t.lower)) {
      end++;
      continue;
    }
    if (end === i || !/^(of|for|and|&)$/u.test(t.lower)) break;
    const next = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
    if (!tokens[next]?.capitalized || NOT_NAME_WORDS.has(tokens[next]!.lower)) break;
    end = next;
  }
  return end;
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}
