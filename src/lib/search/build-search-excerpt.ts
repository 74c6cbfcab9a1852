import type { MatchSpan } from './match-search-text.ts';
import { joinMarkedTokens, type TextPart } from './tokenize-search-text.ts';

/** Options for {@link buildSearchExcerpt}. */
export interface SearchExcerptOptions {
  /** About how many characters the excerpt holds. Default: 80. */
  length?: number;
}

/**
 * The excerpt of a search result: a stretch of the text around its first match, as text parts with the matches
 * marked to the character (never with a space at a mark's edge), and `…` where the stretch cuts the text. `spans`
 * are the matches in `tokens`, as matchSearchText gives them.
 */
export function buildSearchExcerpt(tokens: readonly string[], spans: readonly MatchSpan[], options: SearchExcerptOptions = {}): TextPart[] {
  const length = options.length ?? 80;
  const first = spans[0];
  // Grow a window around the first match, twice as much after it as before, until it holds about `length` characters.
  let start = first?.start ?? 0;
  let end = first ? first.end + 1 : 0;
  let size = tokens.slice(start, end).join('').length;
  const matchEnd = end;
  while (size < length && (start > 0 || end < tokens.length)) {
    if (end < tokens.length && (start === 0 || end - matchEnd <= 2 * ((first?.start ?? 0) - start))) size += tokens[end++]!.length;
    else size += tokens[--start]!.length;
  }
  const marks = new Map<number, [number, number][]>();
  for (const span of spans) {
    for (let token = Math.max(span.start, start); token <= Math.min(span.end, end - 1); token++) {
      const from = token === span.start ? span.startChar : 0;
      const to = token === span.end ? span.endChar : tokens[token]!.length;
      marks.set(token, [...(marks.get(token) ?? []), [from, to]]);
    }
  }
  const parts = joinMarkedTokens(tokens.slice(start, end), (index) => marks.get(index + start) ?? []);
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
