import { isHanToken, normalizeToken } from './tokenize-search-text.ts';

/** Longest start of a word kept as a key: longer words are checked by their first characters. */
const MAX_PREFIX = 4;

/**
 * The keys by which the shard router tells whether a shard can hold some text: every pair of adjacent Chinese
 * characters (across word boundaries, never across punctuation or a break), and for every other word the starts of
 * 2 to 4 characters of its normalized form (Pagefind matches a query word to the start of an indexed word). A
 * query can match in a shard only if the shard holds all of the query's keys, so a query whose characters never
 * stand together anywhere finds nothing without downloading any shard. The same function makes the keys of an
 * article at build time and of a query in the browser.
 */
export function routerKeysOf(tokens: readonly string[]): string[] {
  const keys = new Set<string>();
  let previousHan = '';
  for (const token of tokens) {
    const normalized = normalizeToken(token);
    if (normalized === '') {
      previousHan = '';
      continue;
    }
    if (isHanToken(normalized)) {
      for (const char of normalized) {
        if (previousHan !== '') keys.add(previousHan + char);
        previousHan = char;
      }
      continue;
    }
    previousHan = '';
    const chars = [...normalized];
    for (let length = 2; length <= Math.min(MAX_PREFIX, chars.length); length++) keys.add(chars.slice(0, length).join(''));
  }
  return [...keys];
}
