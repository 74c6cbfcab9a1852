import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readSearchManifest } from '../content/search-manifest.ts';
import { getDateParts, pad2 } from '../lib/article/format-date.ts';
import { SEARCH_DOCUMENT_VERSION } from '../lib/search/build-search-document.ts';
import { ROUTER_KEYS_VERSION } from '../lib/search/router-keys.ts';
import { fingerprintShard } from '../lib/search/fingerprint-shard.ts';
import { autoShardSize, NEWEST_SHARD_ARTICLES, planSearchShards } from '../lib/search/plan-search-shards.ts';
import { describeShardIndex, type ShardIndex } from '../lib/search/shard-index.ts';
import { buildEngineBundle } from './engine-bundle.ts';
import { routerFilterFile } from './index-shard.ts';
import { measureFolder } from './measure-folder.ts';
import { openPublishedSearch } from './published-search.ts';
import { linkTree, openShardCache } from './shard-cache.ts';
import { createShardIndexers } from './shard-indexers.ts';
import { writeRouter } from './write-router.ts';

/** Options for {@link clippingsSearch}. */
export interface ClippingsSearchOptions {
  timeZone: string;
  /** Most articles per shard, or `'auto'` to choose by the archive's size; see planSearchShards and autoShardSize. */
  maxShardArticles: number | 'auto';
  /** Folder holding the search manifest (Astro's cache folder). */
  cacheDir: string;
  /** Folder of the sanitized article bodies. */
  htmlCacheDir: string;
  /** Shards indexed at once, each by its own Pagefind process; memory grows with it. */
  concurrency: number;
  /** Postings per Pagefind index chunk; see IndexShardOptions. */
  chunkSize: number;
}

/** Where the cache folder remembers what the output folder's `pagefind/` holds (see published-search.ts). */
const PUBLISHED_STATE = 'clippings-search-published.json';

/** Pagefind's version: a new one may write a different index, so shards built by another are not reused. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * Build the search index at the end of `astro build` with Pagefind, in shards of bounded size, a bounded number at
 * a time: Pagefind holds an index in memory until it is written, so one index for 100,000 Chinese articles would not
 * fit (README, "Search"). Each shard is a Pagefind bundle under `pagefind/<shard>/` without an engine of its own;
 * `pagefind/` itself holds the engine (see engine-bundle.ts), the shard router (see search-router.ts) and
 * `shards.json`, which lists them for the search page. A shard whose articles did not change is reused from the cache.
 */
export function clippingsSearch(options: ClippingsSearchOptions): AstroIntegration {
  return {
    name: 'clippings-search',
    hooks: {
      'astro:server:setup': ({ logger }) => {
        logger.info('The search index is created by `npm run build`; the dev server shows the search page without results.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outputRoot = path.join(fileURLToPath(dir), 'pagefind');
        try {
          await buildIndex(outputRoot, options, logger);
        } catch (error) {
          throw new Error(`Building the search index in ${outputRoot} failed.`, { cause: error });
        }
      },
    },
  };
}

async function buildIndex(outputRoot: string, options: ClippingsSearchOptions, logger: AstroIntegrationLogger) {
  const started = performance.now();
  const records = readSearchManifest(options.cacheDir);
  const dated = records.map((record) => ({ record, date: new Date(record.date) }));
  const maxArticles = options.maxShardArticles === 'auto' ? autoShardSize(records.length) : options.maxShardArticles;
  const shards = planSearchShards(dated, { maxArticles, newestMaxArticles: NEWEST_SHARD_ARTICLES, timeZone: options.timeZone });
  const published = openPublishedSearch(path.join(options.cacheDir, PUBLISHED_STATE), outputRoot, PAGEFIND_VERSION);
  mkdirSync(outputRoot, { recursive: true });
  logger.info(`Indexing ${records.length} articles for search in ${shards.length} shard(s) of at most ${maxArticles}, ${options.concurrency} at a time…`);

  const cache = openShardCache(path.join(options.cacheDir, 'clippings-search-shards'));
  const salt = [SEARCH_DOCUMENT_VERSION, ROUTER_KEYS_VERSION, PAGEFIND_VERSION, options.timeZone, options.chunkSize].join('\0');
  const plans = shards.map((shard) => ({ shard, fingerprint: fingerprintShard(shard.articles.map((article) => article.record), salt) }));
  const stale = plans.filter((plan) => cache.read(plan.shard.id, plan.fingerprint) === undefined);
  const indexers = stale.length > 0 ? createShardIndexers(Math.min(options.concurrency, stale.length), options) : undefined;
  const retired = published.retire(stale.map(({ shard }) => shard.id));
  // Awaited below; marked handled so that a failed indexing reports its own error, not this one's.
  retired.catch(() => {});
  let done = 0;
  await Promise.all(
    stale.map(async ({ shard, fingerprint }) => {
      const { figures, prepareSeconds, seconds: took } = await indexers!.index(shard.articles.map((article) => article.record), cache.folderOf(shard.id, fingerprint));
      cache.complete(shard.id, fingerprint, figures);
      logger.info(
        `Shard ${++done}/${stale.length} indexed, "${shard.id}": ${figures.pages} pages, ${figures.words} words, ` +
          `${figures.keys} router keys, language ${figures.languages.join(', ')}, ${prepareSeconds.toFixed(1)} s documents + ${took.toFixed(1)} s Pagefind`,
      );
    }),
  ).finally(() => indexers?.close());
  await retired;

  // The engine first: shard folders and the router go inside it. What the folder already holds stays.
  const engine = await buildEngineBundle(path.join(options.cacheDir, 'clippings-search-shards'), PAGEFIND_VERSION);
  if (!published.hasEngine) linkTree(engine, outputRoot);
  const indexed: ShardIndex[] = plans.map(({ shard, fingerprint }) => {
    if (!published.holdsShard(shard.id, fingerprint)) cache.publish(shard.id, fingerprint, path.join(outputRoot, shard.id));
    const newest = shard.articles[0]!.date;
    const oldest = shard.articles.at(-1)!.date;
    return { id: shard.id, years: shard.years, months: [monthOf(oldest, options.timeZone), monthOf(newest, options.timeZone)], pages: shard.articles.length, newest, oldest };
  });
  const router = writeRouter(
    outputRoot,
    plans.map(({ shard, fingerprint }) => ({ filterFile: routerFilterFile(cache.folderOf(shard.id, fingerprint)), fingerprint })),
    (folder) => published.holdsRouter(folder),
  );
  cache.prune(new Set([...plans.map(({ shard, fingerprint }) => path.basename(cache.folderOf(shard.id, fingerprint))), `clippings-search-engine-${PAGEFIND_VERSION}`]));
  writeFileSync(path.join(outputRoot, 'shards.json'), JSON.stringify(describeShardIndex(indexed, router)));
  // Shards and routers of earlier builds go; the engine's files, the shards, the router and the list stay.
  const engineFiles = readdirSync(engine).filter((name) => !name.startsWith('clippings-'));
  published.finish(new Set([...engineFiles, ...plans.map(({ shard }) => shard.id), router.folder, 'shards.json']));
  // Walking a 100,000-article index takes seconds: a clean build measures the whole folder, once; a rebuild only the
  // shards it indexed.
  const rebuilt = stale.length > 0 && stale.length < plans.length;
  const indexedSize = rebuilt ? ` (${formatBytes(stale.reduce((sum, { shard }) => sum + measureFolder(path.join(outputRoot, shard.id)), 0))})` : '';
  const size = stale.length === plans.length ? `, ${formatBytes(measureFolder(outputRoot))} in all` : '';
  logger.info(
    `Search index: ${records.length} pages in ${shards.length} shard(s) (${stale.length} indexed${indexedSize}, ` +
      `${shards.length - stale.length} unchanged and reused), router of ${router.params.files} files${size}, ${seconds(started)} s.`,
  );
}

function monthOf(date: Date, timeZone: string): string {
  const { year, month } = getDateParts(date, timeZone);
  return `${year}-${pad2(month)}`;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
