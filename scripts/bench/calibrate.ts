import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import matter from 'gray-matter';
import { globSync } from 'tinyglobby';
import { generateArticle } from './generate-article.ts';
import type { TextMix } from './generate-text.ts';
import { createTagPool } from './tag-pool.ts';
import { countDistinctTokens, extractBodyText, summarizeTokenCounts, type TokenCount } from './token-ratio.ts';
import { dictionaryPath, loadVocabulary } from './vocabulary.ts';

/** The real articles the ratio is calibrated against: full-text Chinese feeds (36kr, 199IT) of the fixture archive. */
export const REAL_ARTICLES = 'tests/fixtures/archive/新媒体/**/*.md';
/** Every word drawn independently by dictionary frequency: the uncalibrated baseline. */
export const INDEPENDENT_WORDS: TextMix = { repeat: 0, topic: 0, common: 0 };

let jieba: Jieba | undefined;

/** jieba with its default dictionary, as Pagefind's Chinese segmenter uses it. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(readFileSync(dictionaryPath()));
  return jieba;
}

/** The body of an article file (the leading blank line the scraper writes is trimmed for gray-matter). */
export function articleBody(raw: string): string {
  // Options given, so gray-matter does not cache every file it has parsed.
  return matter(raw.trimStart(), {}).content;
}

/** Token counts of the first `sample` articles a seed generates (nothing is written). */
export function measureGenerated(seed: number, sample: number, mix?: TextMix): TokenCount[] {
  const vocabulary = loadVocabulary();
  const context = { seed, vocabulary, tagPool: createTagPool(seed, vocabulary), mix };
  return Array.from({ length: sample }, (_, index) =>
    countDistinctTokens(extractBodyText(articleBody(generateArticle(context, index).content)), segmenter()),
  );
}

/** Token counts of the real fixture articles matched by `pattern` (relative to `root`). */
export function measureReal(root = process.cwd(), pattern = REAL_ARTICLES): TokenCount[] {
  return globSync(pattern, { cwd: root }).map((file) =>
    countDistinctTokens(extractBodyText(articleBody(readFileSync(path.join(root, file), 'utf8'))), segmenter()),
  );
}

/** Han-character ranges compared separately, because the ratio falls as an article grows. */
const LENGTHS = [
  { label: 'all ≥ 200', min: 200, max: Infinity },
  { label: '200–1,499', min: 200, max: 1500 },
  { label: '1,500–2,999', min: 1500, max: 3000 },
  { label: '≥ 3,000', min: 3000, max: Infinity },
];

/** Print generated and real ratios side by side, by article length (`generate-corpus.ts --calibrate`). */
export function printCalibration({ seed, sample }: { seed: number; sample: number }): void {
  const rows = [
    { name: `generated, seed ${seed}`, counts: measureGenerated(seed, sample) },
    { name: 'generated, independent words', counts: measureGenerated(seed, Math.min(sample, 100), INDEPENDENT_WORDS) },
    { name: `real, ${REAL_ARTICLES}`, counts: measureReal() },
  ];
  console.log('Distinct tokens (jieba words ∪ Han bigrams) per Han character: mean of articles / pooled (articles, mean Han characters)');
  for (const { name, counts } of rows) {
    const cells = LENGTHS.map(({ label, min, max }) => {
      const summary = summarizeTokenCounts(counts, { min, max });
      if (summary.texts === 0) return `${label}: none`;
      const figures = `${summary.meanRatio.toFixed(3)} / ${summary.pooledRatio.toFixed(3)}`;
      return `${label}: ${figures} (${summary.texts}, ${summary.meanHanCharacters.toFixed(0)})`;
    });
    console.log(`${name}\n  ${cells.join('\n  ')}`);
  }
}
