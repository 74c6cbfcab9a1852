import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { readArticleHtml } from '../content/html-cache.ts';
import { buildSearchDocument } from '../lib/search/build-search-document.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import type { ShardFigures } from './shard-cache.ts';

/** What indexing one shard needs besides its articles. */
export interface IndexShardOptions {
  lang: string;
  timeZone: string;
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

/** Pages handed to Pagefind at once: enough to keep its process busy, few enough to bound memory on our side. */
const ADD_CONCURRENCY = 8;

/**
 * Index one shard into its own Pagefind bundle at `outputPath`, then free Pagefind's memory. Pagefind runs as one
 * service process per thread, so shards indexed on different worker threads run in parallel.
 */
export async function indexShard(records: SearchRecord[], outputPath: string, options: IndexShardOptions): Promise<ShardFigures> {
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  try {
    let pages = 0;
    let words = 0;
    let next = 0;
    const add = async () => {
      while (next < records.length) {
        const record = records[next++]!;
        const html = readArticleHtml(options.htmlCacheDir, record.htmlKey);
        const content = buildSearchDocument(record, html, { lang: options.lang, timeZone: options.timeZone });
        const response = await index.addHTMLFile({ url: record.href, content });
        if (response.errors.length > 0) throw new Error(`Pagefind refused ${record.href}: ${response.errors.join('; ')}`);
        pages++;
        words += response.file.uniqueWords;
      }
    };
    await Promise.all(Array.from({ length: ADD_CONCURRENCY }, add));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    for (const name of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, name), { force: true });
    return { pages, words, languages: listLanguages(outputPath) };
  } finally {
    await index.deleteIndex();
  }
}

/** Stop this thread's Pagefind service. */
export function closePagefind(): Promise<unknown> {
  return pagefind.close();
}

/** Languages Pagefind detected, read from the bundle's entry file (`zh-cn` proves Chinese segmentation). */
function listLanguages(bundle: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return Object.keys(entry.languages);
}
