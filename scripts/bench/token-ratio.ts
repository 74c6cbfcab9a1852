import type { Jieba } from '@node-rs/jieba';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** Distinct search tokens of one text, next to the Han characters they come from. */
export interface TokenCount {
  hanCharacters: number;
  distinctTokens: number;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD_LIKE = /[\p{L}\p{N}]/u;
const htmlParser = unified().use(rehypeParse, { fragment: true });

/**
 * The visible text of an article body. Markdown is read as HTML too: its markup (`#`, `|`, `](url)`) has no
 * Han characters, while attributes such as 36kr's `data-name="微信"` do and must not be counted.
 */
export function extractBodyText(body: string): string {
  return toText(htmlParser.parse(body), { whitespace: 'pre' });
}

/**
 * Count what Pagefind 1.6 indexes for Chinese text: jieba words (`cut` without HMM, as charabia does) together
 * with every pair of adjacent Han characters, because that set is what its indexing memory grows with.
 */
export function countDistinctTokens(text: string, jieba: Jieba): TokenCount {
  const tokens = new Set<string>();
  for (const word of jieba.cut(text, false)) {
    if (WORD_LIKE.test(word)) tokens.add(word.toLowerCase());
  }
  let hanCharacters = 0;
  for (const [run] of text.matchAll(HAN_RUN)) {
    const characters = Array.from(run);
    hanCharacters += characters.length;
    for (let i = 0; i + 1 < characters.length; i++) tokens.add(characters[i]! + characters[i + 1]!);
  }
  return { hanCharacters, distinctTokens: tokens.size };
}

/** Summary of many {@link TokenCount}s: the mean of per-text ratios and the ratio of the totals. */
export interface TokenRatioSummary {
  texts: number;
  meanHanCharacters: number;
  meanRatio: number;
  pooledRatio: number;
}

/**
 * Summarize the token counts of texts with `min` (default 200) to `max` Han characters: shorter texts are mostly
 * a title repeated as body, and the ratio falls with length, so comparisons need like lengths.
 */
export function summarizeTokenCounts(counts: TokenCount[], { min = 200, max = Infinity } = {}): TokenRatioSummary {
  const kept = counts.filter((count) => count.hanCharacters >= min && count.hanCharacters < max);
  const han = kept.reduce((sum, count) => sum + count.hanCharacters, 0);
  const tokens = kept.reduce((sum, count) => sum + count.distinctTokens, 0);
  const ratios = kept.reduce((sum, count) => sum + count.distinctTokens / count.hanCharacters, 0);
  return {
    texts: kept.length,
    meanHanCharacters: kept.length === 0 ? 0 : han / kept.length,
    meanRatio: kept.length === 0 ? 0 : ratios / kept.length,
    pooledRatio: han === 0 ? 0 : tokens / han,
  };
}
