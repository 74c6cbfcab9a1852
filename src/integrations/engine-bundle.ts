import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_INDEX_LANGUAGE } from '../lib/search/build-search-document.ts';
import { ENGINE_URL_PATH } from '../lib/search/shard-index.ts';
import { ENGINE_FILES, runPagefind } from './index-shard.ts';

/** Marks a complete engine bundle in the cache. */
const COMPLETE = 'clippings-engine.json';

/**
 * Pagefind's engine, once for every shard: a bundle of its own (written to `pagefind/` itself) holding Pagefind's
 * JavaScript, worker, WebAssembly and highlighter, and an index of one page that no query matches. The search page
 * starts Pagefind on it and merges the shards a query needs (`mergeIndex`), which load no engine of their own, so
 * the engine is downloaded once however many shards are searched.
 *
 * Built once per Pagefind version into `cacheDir` and reused.
 */
export async function buildEngineBundle(cacheDir: string, pagefindVersion: string): Promise<string> {
  const bundle = path.join(cacheDir, `clippings-search-engine-${pagefindVersion}`);
  if (existsSync(path.join(bundle, COMPLETE))) return bundle;
  const documents = `${bundle}.documents`;
  rmSync(bundle, { recursive: true, force: true });
  rmSync(documents, { recursive: true, force: true });
  try {
    const file = path.join(documents, ...ENGINE_URL_PATH.split('/').filter(Boolean), 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    // Pagefind drops a page without a word: this one holds one word nobody types (see search-card.ts) and no title.
    writeFileSync(file, `<!doctype html><html lang="${SEARCH_INDEX_LANGUAGE}"><head><meta charset="utf-8"></head><body><main data-pagefind-body><p>ʘ</p></main></body></html>`);
    await runPagefind(['--site', documents, '--output-path', bundle]);
    for (const name of ENGINE_FILES) {
      if (!existsSync(path.join(bundle, name))) throw new Error(`Pagefind ${pagefindVersion} wrote no ${name} into ${bundle}.`);
    }
    for (const name of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css']) {
      rmSync(path.join(bundle, name), { force: true });
    }
    writeFileSync(path.join(bundle, COMPLETE), JSON.stringify({ pagefindVersion }));
    return bundle;
  } finally {
    rmSync(documents, { recursive: true, force: true });
  }
}
