/** Options for {@link createExcerpt}. */
export interface ExcerptOptions {
  /** Longest excerpt, in graphemes (user-perceived characters), before the ellipsis. Default: `120`. */
  maxLength?: number;
  /** Shortest cut worth making at punctuation, as a share of `maxLength`; shorter excerpts are cut mid-clause instead. Default: `0.6`. */
  minShare?: number;
}

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const sentenceEnds = new Set(['。', '！', '？', '!', '?', '.', '；', ';', '…']);
const clauseEnds = new Set(['，', '、', '：', ',', ':', ' ']);
const closers = new Set(['”', '’', '」', '』', '）', '】', '》', '"', "'", ')']);

/**
 * Shorten text to an excerpt of at most `maxLength` graphemes, ending with '…' when cut. It cuts
 * after the last sentence end in the final stretch of the limit, else at the last clause break or
 * space, else mid-clause; it never splits an emoji or a combining sequence.
 */
export function createExcerpt(text: string, options: ExcerptOptions = {}): string {
  const maxLength = options.maxLength ?? 120;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= maxLength) return oneLine;
  const kept: string[] = [];
  let isCut = false;
  for (const { segment } of graphemes.segment(oneLine)) {
    if (kept.length === maxLength) {
      isCut = true;
      break;
    }
    kept.push(segment);
  }
  if (!isCut) return oneLine;
  const minLength = Math.floor(maxLength * (options.minShare ?? 0.6));
  const sentenceEnd = findLastBreak(kept, sentenceEnds, minLength);
  if (sentenceEnd >= 0) {
    let end = sentenceEnd + 1;
    while (end < kept.length && closers.has(kept[end]!)) end++;
    return kept.slice(0, end).join('') + '…';
  }
  // At a clause break the punctuation itself gives way to the ellipsis: "快手断外链…", not "快手断外链，…".
  const clauseEnd = findLastBreak(kept, clauseEnds, minLength);
  return kept.slice(0, clauseEnd >= 0 ? clauseEnd : maxLength).join('').trimEnd() + '…';
}

/** Index of the last break at or after `minLength`, or -1. ASCII `.!?` only count before a space, so "3.5" and "Node.js" are not sentence ends. */
function findLastBreak(kept: string[], breaks: ReadonlySet<string>, minLength: number): number {
  for (let index = kept.length - 1; index >= minLength; index--) {
    const mark = kept[index]!;
    if (breaks.has(mark) && (!/^[.!?]$/.test(mark) || kept[index + 1] === ' ')) return index;
  }
  return -1;
}
