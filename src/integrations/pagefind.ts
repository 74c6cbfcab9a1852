import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { readArticleHtml } from '../content/html-cache.ts';
import { readSearchManifest } from '../content/search-manifest.ts';
import { buildSearchDocument, SEARCH_DOCUMENT_VERSION } from '../lib/search/build-search-document.ts';
import { fingerprintShard } from '../lib/search/fingerprint-shard.ts';
import { planSearchShards, type SearchShard } from '../lib/search/plan-search-shards.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { describeShardIndex, type ShardIndex } from '../lib/search/shard-index.ts';
import { measureFolder } from './measure-folder.ts';
import { openShardCache, type ShardFigures } from './shard-cache.ts';

/** Options for {@link clippingsSearch}. */
export interface ClippingsSearchOptions {
  /** Language of the articles (`zh-CN`): Pagefind picks its Chinese word segmentation from it. */
  lang: string;
  timeZone: string;
  /** Most articles per shard; see planSearchShards. */
  maxShardArticles: number;
  /** Folder holding the search manifest (Astro's cache folder). */
  cacheDir: string;
  /** Folder of the sanitized article bodies. */
  htmlCacheDir: string;
}

/**
 * Pagefind's prebuilt interfaces, written into every bundle. The search page uses Pagefind's JS API with its own
 * small component, so these would only be dead weight repeated once per shard.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
];

/** Pagefind's version: a new one may write a different index, so shards built by another are not reused. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** Pages handed to Pagefind at once: enough to keep its process busy, few enough to bound memory on our side. */
const ADD_CONCURRENCY = 8;

/**
 * Build the search index at the end of `astro build` with Pagefind's Node API, one shard at a time: Pagefind holds
 * an index in memory until it is written, so one index for 100,000 Chinese articles would not fit (see
 * docs/search.md). Each shard is a complete Pagefind bundle under `pagefind/<shard>/`; `pagefind/shards.json` lists
 * them for the search page, which searches the newest first and the rest on demand.
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
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

async function buildIndex(outputRoot: string, options: ClippingsSearchOptions, logger: AstroIntegrationLogger) {
  const started = performance.now();
  const records = readSearchManifest(options.cacheDir);
  const dated = records.map((record) => ({ record, date: new Date(record.date) }));
  const shards = planSearchShards(dated, { maxArticles: options.maxShardArticles, timeZone: options.timeZone });
  rmSync(outputRoot, { recursive: true, force: true });
  mkdirSync(outputRoot, { recursive: true });
  logger.info(`Indexing ${records.length} articles for search in ${shards.length} shard(s)…`);

  const cache = openShardCache(path.join(options.cacheDir, 'clippings-search-shards'));
  const salt = [SEARCH_DOCUMENT_VERSION, PAGEFIND_VERSION, options.lang, options.timeZone].join('\0');
  const indexed: ShardIndex[] = [];
  const kept = new Set<string>();
  for (const [position, shard] of shards.entries()) {
    const shardStarted = performance.now();
    const fingerprint = fingerprintShard(shard.articles.map((article) => article.record), salt);
    let figures = cache.read(shard.id, fingerprint);
    const reused = figures !== undefined;
    if (!figures) {
      figures = await indexShard(shard, cache.folderOf(shard.id, fingerprint), options);
      cache.complete(shard.id, fingerprint, figures);
    }
    cache.publish(shard.id, fingerprint, path.join(outputRoot, shard.id));
    kept.add(path.basename(cache.folderOf(shard.id, fingerprint)));
    const bytes = measureFolder(path.join(outputRoot, shard.id));
    indexed.push({ ...shard, pages: figures.pages, newest: shard.articles[0]!.date, oldest: shard.articles.at(-1)!.date });
    logger.info(
      `Shard ${position + 1}/${shards.length} "${shard.id}": ${figures.pages} pages, ${figures.words} words, ` +
        `language ${figures.languages.join(', ')}, ${formatBytes(bytes)}, ` +
        (reused ? 'unchanged since the last build, reused' : `${seconds(shardStarted)} s`),
    );
  }
  cache.prune(kept);
  writeFileSync(path.join(outputRoot, 'shards.json'), JSON.stringify(describeShardIndex(indexed)));
  // Article pages load the highlighter from one stable address, whatever the shards are called.
  if (shards[0]) copyFileSync(path.join(outputRoot, shards[0].id, 'pagefind-highlight.js'), path.join(outputRoot, 'pagefind-highlight.js'));
  const total = measureFolder(outputRoot);
  logger.info(`Search index: ${records.length} pages in ${shards.length} shard(s), ${formatBytes(total)}, ${seconds(started)} s.`);
}

/** Index one shard into its own bundle, then free Pagefind's memory before the next. */
async function indexShard(
  shard: SearchShard<{ record: SearchRecord }>,
  outputPath: string,
  options: ClippingsSearchOptions,
): Promise<ShardFigures> {
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    let pages = 0;
    let words = 0;
    let next = 0;
    const worker = async () => {
      while (next < shard.articles.length) {
        const { record } = shard.articles[next++]!;
        const html = readArticleHtml(options.htmlCacheDir, record.htmlKey);
        const content = buildSearchDocument(record, html, { lang: options.lang, timeZone: options.timeZone });
        const response = await index.addHTMLFile({ url: record.href, content });
        if (response.errors.length > 0) throw new Error(`Pagefind refused ${record.href}: ${response.errors.join('; ')}`);
        pages++;
        words += response.file.uniqueWords;
      }
    };
    await Promise.all(Array.from({ length: ADD_CONCURRENCY }, worker));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const name of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, name), { force: true });
    return { pages, words, languages: listLanguages(outputPath) };
  } finally {
    await index.deleteIndex();
  }
}

/** Languages Pagefind detected, read from the bundle's entry file (`zh-cn` proves Chinese segmentation). */
function listLanguages(bundle: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return Object.keys(entry.languages);
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
