/**
 * The query to hand Pagefind. A quoted query asks Pagefind for an exact match of its words in order, but Chinese
 * is cut into words twice — by jieba when the index is built and by the browser's Intl.Segmenter when searching —
 * and the cuts differ often enough that quoted Chinese phrases found nothing (3 of 4 in `npm run bench`) while the
 * same phrase unquoted ranked its article first. So quotes around text with Han characters are dropped.
 */
export function toPagefindQuery(query: string): string {
  const quoted = /^\s*"(.+)"\s*$/s.exec(query);
  return quoted && /\p{Script=Han}/u.test(quoted[1]!) ? quoted[1]!.trim() : query;
}
