// What a search benchmark's page downloads from `pagefind/`, counted without slowing the page down.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/find-chromium.ts';

/**
 * Chromium's arguments for a benchmark: other hosts than the local server (articles' images) are not even looked
 * up. Blocking them with Playwright's request interception instead holds every request, the site's own included,
 * until the benchmark's process answers it: on a 2-core machine that was tens of milliseconds per request.
 */
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Resource timings a page and its workers keep (browsers keep 250 by default; a search of every shard makes more). */
const RESOURCE_TIMINGS_KEPT = 100_000;
const DEFAULT_RESOURCE_TIMINGS_KEPT = 250;

/** Workers whose resource timing buffer was enlarged. */
const enlarged = new WeakSet<Worker>();

/**
 * Prepare a page so that {@link listPagefindDownloads} can list what it downloads: the resource timing buffers of the
 * page and of each worker it starts (Pagefind's starts when the search box gets focus, before anything is timed) are
 * made large enough for every request of a search over many shards.
 */
export async function keepResourceTimings(page: Page): Promise<void> {
  await page.addInitScript((kept) => performance.setResourceTimingBufferSize(kept), RESOURCE_TIMINGS_KEPT);
  page.on('worker', (worker) => {
    worker
      .evaluate((kept) => performance.setResourceTimingBufferSize(kept), RESOURCE_TIMINGS_KEPT)
      .then(() => enlarged.add(worker))
      .catch(() => undefined);
  });
}

/**
 * Addresses under `pagefind/` the page and its workers (Pagefind's, which fetches the index) have downloaded so far,
 * from their resource timings: read after the fact, so that nothing runs beside the search being timed (a
 * Playwright `response` listener passes every response to this process while the page runs, which cost a search
 * here tens of milliseconds). Fails rather than undercount when a timing buffer filled up.
 */
export async function listPagefindDownloads(page: Page): Promise<string[]> {
  const list = () => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    // A response from the browser's cache was not downloaded again.
    return { count: entries.length, urls: entries.filter((entry) => entry.transferSize > 0).map((entry) => entry.name) };
  };
  const listed = [
    { ...(await page.evaluate(list)), kept: RESOURCE_TIMINGS_KEPT },
    ...(await Promise.all(page.workers().map(async (worker) => ({ ...(await worker.evaluate(list)), kept: enlarged.has(worker) ? RESOURCE_TIMINGS_KEPT : DEFAULT_RESOURCE_TIMINGS_KEPT })))),
  ];
  for (const { count, kept } of listed) {
    if (count >= kept) throw new Error(`A resource timing buffer is full (${count} entries): the downloads cannot all be counted.`);
  }
  return listed.flatMap(({ urls }) => urls).filter((url) => new URL(url).pathname.includes('/pagefind/'));
}

/**
 * Bytes of the files downloaded, read from the built site (`astro preview` serves them as they are): as served, and
 * as a gzip-serving host sends them (Pagefind's index files are gzip already; a host compresses the rest).
 */
export function sumPagefindDownloads(urls: readonly string[], distDir: string) {
  let bytes = 0;
  let gzipBytes = 0;
  for (const url of urls) {
    const { pathname } = new URL(url);
    const relative = decodeURIComponent(pathname.slice(pathname.indexOf('/pagefind/') + '/pagefind/'.length));
    const body = readFileSync(path.join(distDir, 'pagefind', relative));
    bytes += body.length;
    gzipBytes += body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
  }
  return { bytes, gzipBytes, requests: urls.length };
}

/** The downloads in `after` that are not in `before` (both lists of addresses, as listed at two moments). */
export function downloadsSince(before: readonly string[], after: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const url of before) seen.set(url, (seen.get(url) ?? 0) + 1);
  return after.filter((url) => {
    const left = seen.get(url) ?? 0;
    if (left > 0) seen.set(url, left - 1);
    return left === 0;
  });
}
