// Deterministic synthetic archive for the benchmark (issue 5):
//   npm exec -- node --experimental-strip-types scripts/bench/generate-corpus.ts --articles 1000 --seed 1 --out bench-out/corpus
//   … --workers N                 generator threads (default: CPU count, at most 4; 0 = none); same files either way
//   … --calibrate [--sample 300]  distinct tokens per Han character, generated vs tests/fixtures/archive/
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileSystemKey } from '../../src/lib/article/sanitize-path-segment.ts';
import { prepareCorpusFolder } from './corpus-folder.ts';
import { duplicateDistance, RECENT_TITLES } from './duplicates.ts';
import { generateArticle, type CorpusContext, type DuplicateOf, type GeneratedArticle } from './generate-article.ts';
import { pregenerateArticles } from './pregenerate.ts';
import { createTagPool } from './tag-pool.ts';
import { loadVocabulary } from './vocabulary.ts';

/** Options of {@link generateCorpus}. */
export interface GenerateCorpusOptions {
  /** Number of article files to write. */
  articles: number;
  /** Same seed and count → byte-identical files. */
  seed: number;
  /** Folder to write `<top>/<source>/<channel>/<title>.md` into; must be empty, missing, or an earlier corpus. */
  outDir: string;
  /** Worker threads generating ahead of the writer; 0 generates in this thread. Default: the CPU count, at most 4. */
  workers?: number;
  /** Called after every 10,000 articles. Default: nothing. */
  onProgress?: (written: number) => void;
}

/** What {@link generateCorpus} wrote. */
export interface CorpusSummary {
  articles: number;
  html: number;
  markdown: number;
  /** Articles whose title an earlier article already had. */
  duplicateTitles: number;
  bytes: number;
}

/** Writes in flight: enough to overlap disk with generation, few enough to keep memory flat. */
const PENDING_WRITES = 32;

/**
 * Write a synthetic archive article by article, holding only a few hundred in memory. The files depend on the
 * seed and count only: worker threads pregenerate articles, while this thread alone decides duplicates and paths.
 */
export async function generateCorpus(options: GenerateCorpusOptions): Promise<CorpusSummary> {
  const { seed, outDir } = options;
  prepareCorpusFolder(outDir, { seed, articles: options.articles });
  const vocabulary = loadVocabulary();
  const context: CorpusContext = { seed, vocabulary, tagPool: createTagPool(seed, vocabulary) };
  const summary: CorpusSummary = { articles: 0, html: 0, markdown: 0, duplicateTitles: 0, bytes: 0 };
  // Lower-cased paths: two titles differing only in case would overwrite each other on macOS and Windows.
  const taken = new Set<string>();
  const folders = new Set<string>();
  const recent: DuplicateOf[] = [];
  const pending = new Set<Promise<void>>();
  const workers = options.workers ?? Math.min(4, availableParallelism());
  const ahead = workers > 0 ? pregenerateArticles(seed, options.articles, workers) : nothingAhead(options.articles);
  let index = 0;
  for await (const pregenerated of ahead) {
    const distance = duplicateDistance(seed, index);
    const duplicate = distance === undefined ? undefined : recent[recent.length - distance];
    const article = pickUnique(context, index, duplicate, pregenerated, taken);
    if (!folders.has(article.folder)) {
      mkdirSync(path.join(outDir, article.folder), { recursive: true });
      folders.add(article.folder);
    }
    const write = writeFile(path.join(outDir, article.relativePath), article.content).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= PENDING_WRITES) await Promise.race(pending);
    count(summary, article, duplicate !== undefined && article.title === duplicate.title);
    recent.push({ title: article.title, date: article.date, folder: article.folder });
    if (recent.length > RECENT_TITLES) recent.shift();
    index++;
    if (index % 10_000 === 0) options.onProgress?.(index);
  }
  await Promise.all(pending);
  return summary;
}

async function* nothingAhead(count: number): AsyncGenerator<null> {
  for (let index = 0; index < count; index++) yield null;
}

/**
 * The article at `index`: the pregenerated one if given and its path is free, otherwise generated here with a
 * new attempt number until its path is free.
 */
function pickUnique(
  context: CorpusContext,
  index: number,
  duplicate: DuplicateOf | undefined,
  pregenerated: GeneratedArticle | null,
  taken: Set<string>,
): GeneratedArticle {
  for (let attempt = 0; ; attempt++) {
    // A duplicate whose every other folder already holds its title becomes an ordinary article.
    const article =
      attempt === 0 && pregenerated !== null
        ? pregenerated
        : generateArticle(context, index, attempt, attempt < 3 ? duplicate : undefined);
    const key = fileSystemKey(article.relativePath);
    if (!taken.has(key)) {
      taken.add(key);
      return article;
    }
  }
}

function count(summary: CorpusSummary, article: GeneratedArticle, isDuplicate: boolean): void {
  summary.articles++;
  summary[article.format]++;
  if (isDuplicate) summary.duplicateTitles++;
  summary.bytes += Buffer.byteLength(article.content);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench-out/corpus' },
      calibrate: { type: 'boolean', default: false },
      sample: { type: 'string', default: '300' },
      workers: { type: 'string' },
    },
  });
  if (values.calibrate) {
    const { printCalibration } = await import('./calibrate.ts');
    printCalibration({ seed: Number(values.seed), sample: Number(values.sample) });
    return;
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    console.error(`--articles must be a positive integer and --seed an integer from 0 to 2^32 − 1; received ${articles} and ${seed}.`);
    process.exit(2);
  }
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const summary = await generateCorpus({
    articles,
    seed,
    outDir: values.out,
    workers: values.workers === undefined ? undefined : Number(values.workers),
    onProgress: (written) => console.log(`${written} articles, ${elapsed()}`),
  });
  console.log(
    `${summary.articles} articles (${summary.html} HTML, ${summary.markdown} Markdown, ${summary.duplicateTitles} duplicate titles), ` +
      `${(summary.bytes / 1024 ** 2).toFixed(1)} MiB in ${values.out}, ${elapsed()}.`,
  );
}

if (import.meta.main) await main();
