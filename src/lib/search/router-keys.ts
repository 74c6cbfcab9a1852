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

/**
 * Bump when {@link addRouterKeys} makes different keys: every shard's keys are gathered again (its bundle is rebuilt).
 */
export const ROUTER_KEYS_VERSION = '2';

/** Router keys gathered from many texts (a shard's articles), de-duplicated. */
export interface RouterKeySet {
  /** Pairs of adjacent common Chinese characters, as numbers (see {@link BASE}). */
  pairs: PairSet;
  /** Runs of three adjacent common Chinese characters, as numbers (see {@link tripleOf}). */
  triples: PairSet;
  /** Other keys: pairs and triples with rarer characters, and starts of other words. */
  others: Set<string>;
}

/**
 * An empty {@link RouterKeySet}. `dense` keeps the pairs in a bit set of every possible pair (55 MB), for a shard's
 * million or more: adding to it is a bit operation, where a `Set` that size spends most of a shard's preparation
 * hashing and growing.
 */
export function createRouterKeySet({ dense = false, texts = 0 }: { dense?: boolean; texts?: number } = {}): RouterKeySet {
  // About 1,500 new runs of three per article of a 5,000-article shard (generated 36kr-like text): a table that
  // size from the start is not rebuilt a dozen times while it grows.
  return { pairs: dense ? new DensePairSet() : new Set(), triples: dense ? new NumberSet(texts * 1500) : new Set(), others: new Set() };
}

/**
 * Three common Chinese characters as one number, `pair × 0x5200 + (third − 0x4E00)`: below 2⁴⁴, exact in a double.
 * Too many possible triples for a bit set; a shard's few million go in a {@link NumberSet}.
 */
function tripleOf(pair: number, third: number): number {
  return pair * SPAN + (third - BASE);
}

/**
 * A set of non-negative integers below 2⁵³ in one open-addressing table: a shard holds millions of triples, which in
 * a `Set` cost several times the memory and most of the time of gathering them.
 */
export class NumberSet implements PairSet {
  #slots: Float64Array;
  #size = 0;

  /** `expected`: how many numbers the set will likely hold. */
  constructor(expected = 0) {
    let slots = 1 << 16;
    while (slots < expected * 2 && slots < 1 << 26) slots *= 2;
    this.#slots = new Float64Array(slots).fill(-1);
  }

  get size(): number {
    return this.#size;
  }

  add(value: number): this {
    if (this.#size * 2 >= this.#slots.length) this.#grow();
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = NumberSet.#hash(value) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === value) return this;
      if (held === -1) {
        slots[slot] = value;
        this.#size++;
        return this;
      }
    }
  }

  *values(): Generator<number> {
    for (const value of this.#slots) if (value !== -1) yield value;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Float64Array(old.length * 2).fill(-1);
    this.#size = 0;
    for (const value of old) if (value !== -1) this.add(value);
  }

  /** Mixes the value's low and high 32 bits (murmur3's finalizer). */
  static #hash(value: number): number {
    let hash = (value >>> 0) ^ Math.imul(Math.floor(value / 0x1_0000_0000), 0x9e3779b1);
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    return (hash ^ (hash >>> 16)) >>> 0;
  }
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
 * Add the keys by which the shard router tells whether a shard can hold some text: every pair and every run of three
 * adjacent Chinese characters (across word boundaries, never across punctuation or a break), and for every other
 * word the starts of 2 to 4 characters of its normalized form (Pagefind matches a query word to the start of an
 * indexed word). A query can match in a shard only if the shard holds all of the query's keys, so a query whose
 * characters never stand together anywhere finds nothing without downloading any shard, and a phrase is looked for
 * only where its runs of three stand: pairs of common characters are in nearly every shard of thousands of articles,
 * runs of three in few. The same function makes the keys of an article at build time and of a query in the browser.
 */
export function addRouterKeys(tokens: readonly string[], into: RouterKeySet): void {
  // The last two Chinese characters of the current run, and their pair as a number (-1: none, or a rare character).
  let beforePrevious = -1;
  let previousHan = -1;
  let previousPair = -1;
  for (const token of tokens) {
    // Most tokens are Chinese words, which normalizing leaves as they are: skip the work for them.
    const han = HAN_WORD.test(token);
    const normalized = han ? token : normalizeToken(token);
    if (normalized === '') {
      beforePrevious = previousHan = previousPair = -1;
      continue;
    }
    if (han || HAN_WORD.test(normalized)) {
      for (let i = 0; i < normalized.length; i++) {
        const code = normalized.codePointAt(i)!;
        if (code > 0xffff) i++;
        const common = code >= BASE && code < BASE + SPAN;
        let pair = -1;
        if (previousHan >= 0) {
          if (common && previousHan >= BASE && previousHan < BASE + SPAN) into.pairs.add((pair = (previousHan - BASE) * SPAN + (code - BASE)));
          else into.others.add(String.fromCodePoint(previousHan, code));
          if (beforePrevious >= 0) {
            if (common && previousPair >= 0) into.triples.add(tripleOf(previousPair, code));
            else into.others.add(String.fromCodePoint(beforePrevious, previousHan, code));
          }
        }
        beforePrevious = previousHan;
        previousHan = code;
        previousPair = pair;
      }
      continue;
    }
    beforePrevious = previousHan = previousPair = -1;
    const chars = [...normalized];
    for (let length = 2; length <= Math.min(MAX_PREFIX, chars.length); length++) into.others.add(chars.slice(0, length).join(''));
  }
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/** The keys of a set as strings, as the router hashes them (see {@link forEachRouterKey}). */
export function routerKeyStrings(keys: RouterKeySet): string[] {
  const strings: string[] = [];
  forEachRouterKey(keys, {
    codes: (first, second, third) => strings.push(third < 0 ? String.fromCharCode(first, second) : String.fromCharCode(first, second, third)),
    string: (key) => strings.push(key),
  });
  return strings;
}

/**
 * Call `add` with the three code units of each key (`third` -1 for a pair) of a set's pairs and triples, and with
 * each other key as a string: a shard's millions are hashed without making a string of each.
 */
export function forEachRouterKey(keys: RouterKeySet, add: { codes(first: number, second: number, third: number): void; string(key: string): void }): void {
  for (const pair of keys.pairs.values()) add.codes(BASE + Math.floor(pair / SPAN), BASE + (pair % SPAN), -1);
  for (const triple of keys.triples.values()) {
    const pair = Math.floor(triple / SPAN);
    add.codes(BASE + Math.floor(pair / SPAN), BASE + (pair % SPAN), BASE + (triple % SPAN));
  }
  for (const key of keys.others) add.string(key);
}

/**
 * The keys of a query the router needs to look up: a pair of Chinese characters inside a run of three is left out,
 * as every shard holding the run holds the pair. Each key is a file to download.
 */
export function lookupKeys(keys: readonly string[]): string[] {
  const runs = keys.filter((key) => [...key].length === 3 && HAN_WORD.test(key));
  return keys.filter((key) => !([...key].length === 2 && HAN_WORD.test(key) && runs.some((run) => run.includes(key))));
}

/** The router keys of one text (a query), as strings; see {@link addRouterKeys}. */
export function routerKeysOf(tokens: readonly string[]): string[] {
  const keys = createRouterKeySet();
  addRouterKeys(tokens, keys);
  return routerKeyStrings(keys);
}
