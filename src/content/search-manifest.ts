import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteModel } from '../lib/archive/build-site-model.ts';
import { toSearchRecord, type SearchRecord } from '../lib/search/search-record.ts';

/** File name of the search manifest inside the cache folder. */
const MANIFEST_FILE = 'clippings-search-manifest.jsonl';

/**
 * Hand the published articles to the search integration, which runs after the pages are built and has no access
 * to the content store: one JSON line per article, newest first, so the index covers exactly the pages built.
 */
export function writeSearchManifest(site: SiteModel, cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const lines = site.articles.map((article) => JSON.stringify(toSearchRecord(article)));
  writeFileSync(path.join(cacheDir, MANIFEST_FILE), lines.length > 0 ? `${lines.join('\n')}\n` : '');
}

/** Read the manifest written by {@link writeSearchManifest}. */
export function readSearchManifest(cacheDir: string): SearchRecord[] {
  const text = readFileSync(path.join(cacheDir, MANIFEST_FILE), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as SearchRecord);
}
