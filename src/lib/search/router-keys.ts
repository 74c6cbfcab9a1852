import { normalizeToken } from './tokenize-search-text.ts';

/** Longest start of a word kept as a key: longer words are checked by their first characters. */
const MAX_PREFIX = 4;
/**
 * A pair of common Chinese characters (CJK Extension A and Unified Ideographs, U+3400–U+9FFF) as one small integer,
 * `(first − 0x3400) × 0x6C00 + (second − 0x3400)`: below 2³⁰, so V8 keeps it unboxed and a Set of millions of
 * them fills fast. Rarer characters' pairs are kept as strings.
 */
const BASE = 0x3400;
const SPAN = 0xa000 - BASE;

/** Router keys gathered from many texts (a shard's articles), de-duplicated. */
export interface RouterKeySet {
  /** Pairs of adjacent common Chinese characters, as numbers (see {@link BASE}). */
  pairs: Set<number>;
  /** Other keys: pairs with rarer characters, and starts of other words. */
  others: Set<string>;
}

/** An empty {@link RouterKeySet}. */
export function createRouterKeySet(): RouterKeySet {
  return { pairs: new Set(), others: new Set() };
}

/**
 * Add the keys by which the shard router tells whether a shard can hold some text: every pair of adjacent Chinese
 * characters (across word boundaries, never across punctuation or a break), and for every other word the starts of
 * 2 to 4 characters of its normalized form (Pagefind matches a query word to the start of an indexed word). A
 * query can match in a shard only if the shard holds all of the query's keys, so a query whose characters never
 * stand together anywhere finds nothing without downloading any shard. The same function makes the keys of an
 * article at build time and of a query in the browser.
 */
export function addRouterKeys(tokens: readonly string[], into: RouterKeySet): void {
  let previousHan = -1;
  for (const token of tokens) {
    // Most tokens are Chinese words, which normalizing leaves as they are: skip the work for them.
    const han = HAN_WORD.test(token);
    const normalized = han ? token : normalizeToken(token);
    if (normalized === '') {
      previousHan = -1;
      continue;
    }
    if (han || HAN_WORD.test(normalized)) {
      for (let i = 0; i < normalized.length; i++) {
        const code = normalized.codePointAt(i)!;
        if (code > 0xffff) i++;
        if (previousHan >= 0) {
          if (previousHan >= BASE && previousHan < BASE + SPAN && code >= BASE && code < BASE + SPAN) into.pairs.add((previousHan - BASE) * SPAN + (code - BASE));
          else into.others.add(String.fromCodePoint(previousHan, code));
        }
        previousHan = code;
      }
      continue;
    }
    previousHan = -1;
    const chars = [...normalized];
    for (let length = 2; length <= Math.min(MAX_PREFIX, chars.length); length++) into.others.add(chars.slice(0, length).join(''));
  }
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/** The keys of a set as strings, as the router hashes them. */
export function* routerKeyStrings(keys: RouterKeySet): Generator<string> {
  for (const pair of keys.pairs) yield String.fromCharCode(BASE + Math.floor(pair / SPAN), BASE + (pair % SPAN));
  yield* keys.others;
}

/** The router keys of one text (a query), as strings; see {@link addRouterKeys}. */
export function routerKeysOf(tokens: readonly string[]): string[] {
  const keys = createRouterKeySet();
  addRouterKeys(tokens, keys);
  return [...routerKeyStrings(keys)];
}
