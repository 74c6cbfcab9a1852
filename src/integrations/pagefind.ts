import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readArticleText } from '../content/article-cache.ts';
import { readSearchManifest } from '../content/search-manifest.ts';
import { publishSearch } from './publish-search-index.ts';
import { measureFolder } from './measure-folder.ts';
import { openPublishedSearch } from './published-search.ts';
import { openShardCache } from './shard-cache.ts';
import { writePlanFolder } from './shard-artifact.ts';
import { createShardIndexers } from './shard-indexers.ts';
import { describePlannedShard, PAGEFIND_VERSION, planSearch } from './search-plan.ts';

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
  /**
   * Plan the index instead of building it, for shards indexed by other jobs (a distributed build, see
   * scripts/build-distributed.ts): write the plan and one artifact per shard without a cached bundle to this folder,
   * and leave the output folder's `pagefind/` alone. Default: none (index here).
   */
  planDir?: string;
}

/** Where the cache folder remembers what the output folder's `pagefind/` holds (see published-search.ts). */
export const PUBLISHED_STATE = 'clippings-search-published.json';

/** The folder of the cache that keeps built shard bundles and the engine (see shard-cache.ts). */
export function shardCacheDir(cacheDir: string): string {
  return path.join(cacheDir, 'clippings-search-shards');
}

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
          if (options.planDir) planIndex(options.planDir, options, logger);
          else await buildIndex(outputRoot, options, logger);
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
  const plan = planSearch(records, options);
  const published = openPublishedSearch(path.join(options.cacheDir, PUBLISHED_STATE), outputRoot, PAGEFIND_VERSION);
  mkdirSync(outputRoot, { recursive: true });
  logger.info(`Indexing ${records.length} articles for search in ${plan.shards.length} shard(s) of at most ${plan.maxArticles}, ${options.concurrency} at a time…`);

  const cache = openShardCache(shardCacheDir(options.cacheDir));
  const stale = plan.shards.filter(({ shard, fingerprint }) => cache.read(shard.id, fingerprint) === undefined);
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

  const router = await publishSearch({
    outputRoot,
    engineCacheDir: shardCacheDir(options.cacheDir),
    pagefindVersion: PAGEFIND_VERSION,
    shards: plan.shards.map((planned) => ({ index: describePlannedShard(planned, options.timeZone), fingerprint: planned.fingerprint })),
    cache,
    published,
  });
  // Walking a 100,000-article index takes seconds: a clean build measures the whole folder, once; a rebuild only the
  // shards it indexed.
  const rebuilt = stale.length > 0 && stale.length < plan.shards.length;
  const indexedSize = rebuilt ? ` (${formatBytes(stale.reduce((sum, { shard }) => sum + measureFolder(path.join(outputRoot, shard.id)), 0))})` : '';
  const size = stale.length === plan.shards.length ? `, ${formatBytes(measureFolder(outputRoot))} in all` : '';
  logger.info(
    `Search index: ${records.length} pages in ${plan.shards.length} shard(s) (${stale.length} indexed${indexedSize}, ` +
      `${plan.shards.length - stale.length} unchanged and reused), router of ${router.params.files} files${size}, ${seconds(started)} s.`,
  );
}

/** The plan of a distributed build: the shards, and an artifact for each shard without a cached bundle. */
function planIndex(planDir: string, options: ClippingsSearchOptions, logger: AstroIntegrationLogger) {
  const started = performance.now();
  const records = readSearchManifest(options.cacheDir);
  const plan = planSearch(records, options);
  const cache = openShardCache(shardCacheDir(options.cacheDir));
  const file = writePlanFolder(planDir, plan, options, {
    isBuilt: ({ shard, fingerprint }) => cache.read(shard.id, fingerprint) !== undefined,
    readText: (record) => readArticleText(options.htmlCacheDir, record.htmlKey),
  });
  const stale = file.shards.filter((shard) => shard.stale).length;
  logger.info(
    `Search planned, not indexed: ${records.length} pages in ${plan.shards.length} shard(s) of at most ${plan.maxArticles}, ` +
      `${stale} to index (artifacts in ${planDir}), ${plan.shards.length - stale} built already; ${seconds(started)} s.`,
  );
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
