import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteModel } from '../lib/archive/build-site-model.ts';
import { listPageDates } from '../lib/seo/list-page-dates.ts';

/** File name of the page dates inside the cache folder. */
const PAGE_DATES_FILE = 'clippings-page-dates.json';

/**
 * Hand the pages' dates (see list-page-dates.ts) to the sitemap, which is written after the pages are built and has
 * no access to the content store.
 */
export function writePageDates(site: SiteModel, base: string, cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const dates = Object.fromEntries([...listPageDates(site, base)].map(([page, date]) => [page, date.toISOString()]));
  writeFileSync(path.join(cacheDir, PAGE_DATES_FILE), JSON.stringify(dates));
}

/** Read the dates written by {@link writePageDates}: ISO dates by decoded path. None when the build wrote none. */
export function readPageDates(cacheDir: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path.join(cacheDir, PAGE_DATES_FILE), 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}
