import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createWeightedSampler, type WeightedSampler } from './weighted-sampler.ts';

/** Words of one part of speech, with a sampler that follows their corpus frequency. */
export interface WordClass {
  words: string[];
  /** Sampling weight of each word. */
  weights: number[];
  sampler: WeightedSampler;
}

/** The real Chinese vocabulary the synthetic text is drawn from. */
export interface Vocabulary {
  /** Every all-Han dictionary word, sampled by its frequency: function words dominate, as in real text. */
  all: WordClass;
  /** Nouns of 2–4 characters seen at least a few dozen times: topic words, tags, headings. */
  nouns: WordClass;
  /** Person names, for bylines and editor's notes. */
  people: WordClass;
  /** The most frequent words (的, 了, 是, 在…), by frequency: the glue that real sentences are full of. */
  common: WordClass;
}

/** jieba's noun tags: common, other proper, organisation, place, verbal noun. */
const NOUN_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'vn']);
/** Below this count a dictionary noun is too obscure to be an article's topic or a tag. */
const MIN_NOUN_FREQUENCY = 30;
/** How many of the most frequent words count as function words. */
const COMMON_WORDS = 100;

let cached: Vocabulary | undefined;

/** Path of the `dict.txt` (word, frequency, part of speech) that the npm package `@node-rs/jieba` ships. */
export function dictionaryPath(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

/** Read jieba's dictionary once per process; it is not committed, only read from node_modules. */
export function loadVocabulary(): Vocabulary {
  cached ??= parseDictionary(readFileSync(dictionaryPath(), 'utf8'));
  return cached;
}

/** Build the word classes from dictionary lines `word frequency tag`. */
export function parseDictionary(text: string): Vocabulary {
  const all = collector();
  const nouns = collector();
  const people = collector();
  // indexOf rather than split: this loop runs 350,000 times, before JIT warm-up, in every worker thread.
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space < 0 || space > end) continue;
    const word = text.slice(start, space);
    if (!isAllHan(word)) continue;
    const secondSpace = text.indexOf(' ', space + 1);
    const countEnd = secondSpace < 0 || secondSpace > end ? end : secondSpace;
    const frequency = Number(text.slice(space + 1, countEnd));
    const tag = countEnd === end ? '' : text.slice(countEnd + 1, end).trimEnd();
    if (!(frequency > 0)) continue;
    all.add(word, frequency);
    const length = word.length;
    if (NOUN_TAGS.has(tag) && length >= 2 && length <= 4 && frequency >= MIN_NOUN_FREQUENCY) {
      // Square root: the commonest nouns (问题, 工作) would otherwise be the topic of every article.
      nouns.add(word, Math.sqrt(frequency));
    }
    if (tag === 'nr' && length >= 2 && length <= 3 && frequency >= 10) people.add(word, 1);
  }
  const common = collector();
  const threshold = Float64Array.from(all.weights).sort().at(-COMMON_WORDS)!;
  all.words.forEach((word, i) => {
    if (all.weights[i]! >= threshold) common.add(word, all.weights[i]!);
  });
  return { all: all.build(), nouns: nouns.build(), people: people.build(), common: common.build() };
}

function collector() {
  const words: string[] = [];
  const weights: number[] = [];
  return {
    words,
    weights,
    add(word: string, weight: number) {
      words.push(word);
      weights.push(weight);
    },
    build: (): WordClass => ({ words, weights, sampler: createWeightedSampler(weights) }),
  };
}

/** CJK Unified Ideographs (with Extension A) and Compatibility Ideographs; a char loop, 10× faster than a \p{} regex. */
function isAllHan(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff))) return false;
  }
  return true;
}
