import { normalizeToken } from './tokenize-search-text.ts';

/** Longest start of a word kept as a key: longer words are checked by their first characters. */
const MAX_PREFIX = 4;
/**
 * A pair of common Chinese characters (CJK Unified Ideographs, U+4E00–U+9FFF) as one small integer,
 * `(first − 0x4E00) × 0x5200 + (second − 0x4E00)`: below 2³⁰, so V8 keeps it unboxed, and few enough for a
 * shard's pairs to be a bit set (see {@link DensePairSet}). Rarer characters' pairs are kept as strings.
 */
const BASE = 0x4e00;
const SPAN = 0xa000 - BASE;

/** Pairs as numbers (see {@link BASE}): a `Set` for a query's few, a {@link DensePairSet} for a shard's millions. */
export interface PairSet {
  add(pair: number): unknown;
  readonly size: number;
  values(): Iterable<number>;
}

/** Router keys gathered from many texts (a shard's articles), de-duplicated. */
export interface RouterKeySet {
  /** Pairs of adjacent common Chinese characters, as numbers (see {@link BASE}). */
  pairs: PairSet;
  /** Other keys: pairs with rarer characters, and starts of other words. */
  others: Set<string>;
}

/**
 * An empty {@link RouterKeySet}. `dense` keeps the pairs in a bit set of every possible pair (55 MB), for a shard's
 * million or more: adding to it is a bit operation, where a `Set` that size spends most of a shard's preparation
 * hashing and growing.
 */
export function createRouterKeySet({ dense = false }: { dense?: boolean } = {}): RouterKeySet {
  return { pairs: dense ? new DensePairSet() : new Set(), others: new Set() };
}

/** A set of pairs as one bit per possible pair. */
export class DensePairSet implements PairSet {
  #words = new Uint32Array(Math.ceil((SPAN * SPAN) / 32));
  #size = 0;

  get size(): number {
    return this.#size;
  }

  add(pair: number): this {
    const word = pair >>> 5;
    const bit = 1 << (pair & 31);
    if ((this.#words[word]! & bit) === 0) {
      this.#words[word]! |= bit;
      this.#size++;
    }
    return this;
  }

  *values(): Generator<number> {
    const words = this.#words;
    for (let word = 0; word < words.length; word++) {
      let bits = words[word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        yield word * 32 + (31 - Math.clz32(low));
        bits ^= low;
      }
    }
  }
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
  for (const pair of keys.pairs.values()) yield String.fromCharCode(BASE + Math.floor(pair / SPAN), BASE + (pair % SPAN));
  yield* keys.others;
}

/** The router keys of one text (a query), as strings; see {@link addRouterKeys}. */
export function routerKeysOf(tokens: readonly string[]): string[] {
  const keys = createRouterKeySet();
  addRouterKeys(tokens, keys);
  return [...routerKeyStrings(keys)];
}
