import { createRandom, type Random } from './prng.ts';

/** The text a reader can find one article by: its title and its body, as the search index holds them. */
export interface ArchiveText {
  href: string;
  /** Year of the article in the site time zone. */
  year: number;
  title: string;
  body: string;
}

/** The kinds of query the recall benchmark asks, each a way readers search. */
export const QUERY_KINDS = [
  'phrase',
  'phrase with a space',
  '2-character word',
  '4-character substring',
  'Latin and Chinese',
  'number with unit',
  'English word',
  'characters never adjacent',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** One query of the benchmark and what a good search answers. */
export interface RecallQuery {
  kind: QueryKind;
  query: string;
  /** The article the query was taken from, which the search should find; absent when nothing should be found. */
  target?: string;
  /** Year of the target, to report recall per year. */
  year?: number;
  /** Text every result must contain to be a precise match (the 2-character word), lower-cased. */
  mustContain?: string;
}

/** Options of {@link buildRecallQueries}. */
export interface RecallQueryOptions {
  seed: number;
  /** Queries per kind (fewer when the archive has too few candidates, e.g. no English). */
  perKind: number;
}

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /^\p{Script=Han}+$/u;
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9]+$/;
const ENGLISH_WORD = /^[A-Za-z]{3,}$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** The most frequent characters of the archive that "characters never adjacent" queries are made of. */
const COMMON_CHARACTERS = 3000;
/** Tries per query before a kind is given up on an article. */
const ATTEMPTS = 40;

/**
 * Query sets drawn from an archive with a fixed seed: the same archive and seed give the same queries, so two
 * builds (before and after a change) are measured on the same questions. Queries with a target come from articles
 * of every year in turn, so old articles are tested as much as new ones.
 */
export function buildRecallQueries(articles: ArchiveText[], options: RecallQueryOptions): RecallQuery[] {
  const random = createRandom(options.seed);
  const corpus = createCorpusIndex(articles);
  const byYear = groupByYear(articles);
  const queries: RecallQuery[] = [];
  const fromArticles = (kind: QueryKind, pick: (article: ArchiveText, random: Random) => Omit<RecallQuery, 'kind' | 'target' | 'year'> | undefined) => {
    let made = 0;
    for (let attempt = 0; made < options.perKind && attempt < options.perKind * ATTEMPTS; attempt++) {
      const year = byYear[attempt % byYear.length]!;
      const article = random.pick(year.articles);
      const query = pick(article, random);
      if (!query) continue;
      queries.push({ kind, target: article.href, year: article.year, ...query });
      made++;
    }
  };

  // The same phrases typed with a space between their two words.
  const spaced: RecallQuery[] = [];
  fromArticles('phrase', (article, random) => {
    const phrase = pickUniquePhrase(article, corpus, random);
    if (phrase) spaced.push({ kind: 'phrase with a space', query: phrase.join(' '), target: article.href, year: article.year });
    return phrase ? { query: phrase.join('') } : undefined;
  });
  queries.push(...spaced);
  fromArticles('2-character word', (article, random) => {
    const words = wordsOf(article).filter((word) => HAN.test(word) && [...word].length === 2);
    if (words.length === 0) return undefined;
    const word = random.pick(words);
    return { query: word, mustContain: word };
  });
  fromArticles('4-character substring', (article, random) => {
    const runs = [...`${article.title}\n${article.body}`.matchAll(/\p{Script=Han}{4,}/gu)].map((match) => [...match[0]]);
    if (runs.length === 0) return undefined;
    const run = random.pick(runs);
    const start = random.int(0, run.length - 4);
    return { query: run.slice(start, start + 4).join('') };
  });
  fromArticles('Latin and Chinese', (article, random) => {
    const pairs = adjacentPairs(article).filter(([a, b]) => (LATIN_WORD.test(a) && HAN.test(b) && [...b].length >= 2) || (HAN.test(a) && [...a].length >= 2 && LATIN_WORD.test(b)));
    if (pairs.length === 0) return undefined;
    return { query: random.pick(pairs).join(' ') };
  });
  fromArticles('number with unit', (article, random) => {
    const pairs = adjacentPairs(article, { allowSpace: false }).filter(([a, b]) => NUMBER.test(a) && HAN.test(b) && [...b].length <= 3);
    if (pairs.length === 0) return undefined;
    return { query: random.pick(pairs).join('') };
  });
  fromArticles('English word', (article, random) => {
    const words = wordsOf(article).filter((word) => ENGLISH_WORD.test(word));
    return words.length === 0 ? undefined : { query: random.pick(words) };
  });
  queries.push(...pickNeverAdjacent(corpus, articles, random, options.perKind));
  return queries;
}

/** Every article's text in one lower-cased string, to count the articles holding a piece of text. */
export interface CorpusIndex {
  text: string;
  /** How many articles contain `needle` (lower-cased) and every one of `others`, counting up to `limit`. */
  count(needle: string, limit: number, others?: readonly string[]): number;
}

export function createCorpusIndex(articles: ArchiveText[]): CorpusIndex {
  // One string with a separator no text contains: indexOf over it is far faster than over 100,000 strings.
  const SEPARATOR = '\u0000';
  const text = articles.map((article) => `${article.title}\n${article.body}`.toLowerCase()).join(SEPARATOR);
  return {
    text,
    count(needle, limit, others = []) {
      let found = 0;
      let from = 0;
      while (found < limit) {
        const at = text.indexOf(needle, from);
        if (at < 0) break;
        const next = text.indexOf(SEPARATOR, at);
        const article: string = others.length === 0 ? '' : text.slice(text.lastIndexOf(SEPARATOR, at) + 1, next < 0 ? undefined : next);
        if (others.every((other) => article.includes(other))) found++;
        if (next < 0) break;
        from = next + 1;
      }
      return found;
    },
  };
}

function groupByYear(articles: ArchiveText[]): { year: number; articles: ArchiveText[] }[] {
  const years = new Map<number, ArchiveText[]>();
  for (const article of articles) years.set(article.year, [...(years.get(article.year) ?? []), article]);
  return [...years].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, articles: list }));
}

function segmentWords(text: string): string[] {
  return [...WORDS.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

/** The article's words, title included, as the browser's segmenter cuts them. */
function wordsOf(article: ArchiveText): string[] {
  return segmentWords(`${article.title}\n${article.body}`);
}

/** Pairs of words that stand next to each other in the article (with nothing between, or one space). */
function adjacentPairs(article: ArchiveText, options: { allowSpace?: boolean } = {}): [string, string][] {
  const pairs: [string, string][] = [];
  let previous: string | undefined;
  let gap = '';
  for (const segment of WORDS.segment(`${article.title}\n${article.body}`)) {
    if (segment.isWordLike) {
      if (previous !== undefined && (gap === '' || (options.allowSpace !== false && gap === ' '))) pairs.push([previous, segment.segment]);
      previous = segment.segment;
      gap = '';
    } else {
      gap += segment.segment;
    }
  }
  return pairs;
}

/** Two adjacent Chinese words of the article whose concatenation no other article contains. */
function pickUniquePhrase(article: ArchiveText, corpus: CorpusIndex, random: Random): [string, string] | undefined {
  const pairs = adjacentPairs(article, { allowSpace: false }).filter(([a, b]) => HAN.test(a) && HAN.test(b) && [...a].length + [...b].length >= 3);
  for (let attempt = 0; attempt < 8 && pairs.length > 0; attempt++) {
    const pair = random.pick(pairs);
    if (corpus.count((pair[0] + pair[1]).toLowerCase(), 2) === 1) return pair;
  }
  return undefined;
}

/**
 * Queries of common characters no two of which stand next to each other anywhere in the archive (in either order):
 * a search must say it found nothing, instead of listing articles that hold the characters apart.
 */
function pickNeverAdjacent(corpus: CorpusIndex, articles: ArchiveText[], random: Random, count: number): RecallQuery[] {
  const frequency = new Map<string, number>();
  for (const article of articles.slice(0, 2000)) {
    for (const char of `${article.title}${article.body}`) if (HAN.test(char)) frequency.set(char, (frequency.get(char) ?? 0) + 1);
  }
  const common = [...frequency].sort(([, a], [, b]) => b - a).slice(0, COMMON_CHARACTERS).map(([char]) => char);
  const indexOf = new Map(common.map((char, index) => [char, index]));
  // Which common characters stand next to each other anywhere, in one pass over the whole archive.
  const adjacent = new Uint8Array(common.length * common.length);
  let previous = -1;
  for (const char of corpus.text) {
    const index = indexOf.get(char) ?? -1;
    if (previous >= 0 && index >= 0) {
      adjacent[previous * common.length + index] = 1;
      adjacent[index * common.length + previous] = 1;
    }
    previous = index;
  }
  const queries: RecallQuery[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; queries.length < count && attempt < count * 2000 && common.length >= 3; attempt++) {
    const chars = [random.int(0, common.length - 1), random.int(0, common.length - 1), random.int(0, common.length - 1)];
    if (new Set(chars).size < 3) continue;
    const query = chars.map((index) => common[index]).join('');
    if (seen.has(query)) continue;
    seen.add(query);
    if (chars.every((a) => chars.every((b) => a === b || adjacent[a * common.length + b] === 0))) queries.push({ kind: 'characters never adjacent', query });
  }
  return queries;
}
