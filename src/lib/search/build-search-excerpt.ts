import { joinMarkedTokens, type TextPart } from './tokenize-search-text.ts';

/** Options for {@link buildSearchExcerpt}. */
export interface SearchExcerptOptions {
  /** About how many characters the excerpt holds. Default: 80. */
  length?: number;
}

/**
 * The excerpt of a search result: a stretch of the article's body around its first match, as text parts with the
 * matches marked (each a whole match, never with a space at its edge), and `…` where the stretch cuts the text.
 * `spans` are token ranges `[start, end)` of the matches in `tokens`, as matchSearchText gives them.
 */
export function buildSearchExcerpt(tokens: readonly string[], spans: readonly (readonly [number, number])[], options: SearchExcerptOptions = {}): TextPart[] {
  const length = options.length ?? 80;
  const first = spans[0] ?? [0, 0];
  // Grow a window around the first match, a little more after it than before, until it holds about `length` characters.
  let start = first[0];
  let end = Math.max(first[1], first[0]);
  let size = tokens.slice(start, end).join('').length;
  while (size < length && (start > 0 || end < tokens.length)) {
    if (end < tokens.length && (start === 0 || (end - first[1]) <= 2 * (first[0] - start))) size += tokens[end++]!.length;
    else size += tokens[--start]!.length;
  }
  const marked = new Uint8Array(end - start);
  for (const [from, to] of spans) for (let i = Math.max(from, start); i < Math.min(to, end); i++) marked[i - start] = 1;
  const parts = joinMarkedTokens(tokens.slice(start, end), (index) => marked[index] === 1);
  if (start > 0) parts.unshift({ text: '…', marked: false });
  if (end < tokens.length) parts.push({ text: '…', marked: false });
  return mergeUnmarked(parts);
}

function mergeUnmarked(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && !last.marked && !part.marked) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
