import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../../tests/e2e/find-chromium.ts';
import { articlePath } from './archive-texts.ts';
import { BENCH_CHROMIUM_ARGS, keepResourceTimings, listPagefindDownloads, sumPagefindDownloads } from './pagefind-downloads.ts';
import type { QueryKind, RecallQuery } from './search-queries.ts';

/** What the search page answered to one query. */
export interface RecallResult {
  kind: QueryKind;
  query: string;
  target?: string;
  year?: number;
  /** 1-based rank of the target among the results the reader can list (0: not among them). */
  rank: number;
  /** Results listed: the first screen, then "more results" until {@link MAX_RESULTS}. */
  listed: number;
  /**
   * With `reach`: 1-based position of the target in the whole list a reader can page through ("more results", then
   * "search all years", until neither is offered or {@link MAX_REACH} are listed); 0: not in it. Recall proper, for
   * queries in hundreds of articles, where whether the target is among the first {@link MAX_RESULTS} is a lottery.
   */
  reachRank?: number;
  /** Whether the page showed its no-results state. */
  noResults: boolean;
  /** For queries with `mustContain`: share of the first screen's results whose article contains it. */
  precision?: number;
  /** Milliseconds from DOMContentLoaded to the first result (or the no-results state) on screen. */
  firstResultsMs: number;
  /** Milliseconds from DOMContentLoaded until the page settled on its first screen. */
  settledMs: number;
  /** Downloaded from `pagefind/` until the first screen settled: as served, and as a gzip host sends it. */
  bytes: number;
  gzipBytes: number;
  requests: number;
}

/** How deep a reader looks: the first screen, then "more results" until this many are listed. */
export const MAX_RESULTS = 50;
/** How far `reach` pages through the list. */
export const MAX_REACH = 2000;
/** A settled page does not change for this long. */
const QUIET_MS = 400;

/**
 * Ask the search page of a served site (`url`, built into `distDir`) each query, as a reader who types it into `/search/?q=` does, in headless
 * Chromium with a fresh browser context (cold cache) per query, and record where the target article lands, how many
 * results the reader can list, the time and the bytes. `textOf` gives an article's lower-cased text by its path, to
 * check that results hold what a query requires.
 */
export async function measureRecall(
  site: { url: string; distDir: string },
  queries: RecallQuery[],
  textOf: (pathname: string) => string | undefined,
  onResult?: (result: RecallResult, index: number) => void,
  options: { reach?: boolean } = {},
): Promise<RecallResult[]> {
  const browser = await chromium.launch({ executablePath: (await findChromium()).executablePath, headless: true, args: BENCH_CHROMIUM_ARGS });
  try {
    const results: RecallResult[] = [];
    for (const [index, query] of queries.entries()) {
      const result = await askOne(browser, site, query, textOf, options.reach ?? false);
      results.push(result);
      onResult?.(result, index);
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function askOne(
  browser: Browser,
  { url: baseURL, distDir }: { url: string; distDir: string },
  query: RecallQuery,
  textOf: (pathname: string) => string | undefined,
  reach: boolean,
): Promise<RecallResult> {
  const context = await browser.newContext({ baseURL });
  // Record, inside the page, when the first results (or the no-results state) appear.
  await context.addInitScript(() => {
    const marks = { ready: 0, first: 0 };
    (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
    addEventListener('DOMContentLoaded', () => {
      marks.ready = performance.now();
      const list = document.querySelector('[data-search-results]');
      const status = document.querySelector('[data-search-status]');
      const check = () => {
        if (marks.first === 0 && ((list?.childElementCount ?? 0) > 0 || /没有找到/.test(status?.textContent ?? ''))) marks.first = performance.now();
      };
      const observer = new MutationObserver(check);
      if (list) observer.observe(list, { childList: true });
      if (status) observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
  const page = await context.newPage();
  await keepResourceTimings(page);
  try {
    await page.goto(`search/?q=${encodeURIComponent(query.query)}`, { waitUntil: 'domcontentloaded' });
    const settledAt = await settle(page);
    const downloads = await listPagefindDownloads(page);
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: { ready: number; first: number } }).benchMarks);
    const firstScreen = await listedPaths(page);
    const noResults = firstScreen.length === 0;
    let listed = firstScreen;
    const more = page.locator('[data-search-more]');
    while (listed.length < MAX_RESULTS && (await more.isVisible())) {
      await more.click();
      await settle(page);
      const next = await listedPaths(page);
      if (next.length <= listed.length) break;
      listed = next;
    }
    const target = query.target ? articlePath(query.target) : undefined;
    // Measured after the first screen's bytes and times, which paging on would add to.
    const reachRank = reach && target ? await pageThrough(page, listed, target) : undefined;
    const precise = query.mustContain
      ? firstScreen.filter((pathname) => textOf(pathname)?.includes(query.mustContain!) ?? false).length
      : undefined;
    return {
      kind: query.kind,
      query: query.query,
      target: query.target,
      year: query.year,
      rank: target ? listed.slice(0, MAX_RESULTS).indexOf(target) + 1 : 0,
      listed: Math.min(listed.length, MAX_RESULTS),
      ...(reachRank === undefined ? {} : { reachRank }),
      noResults,
      ...(precise === undefined ? {} : { precision: firstScreen.length === 0 ? 1 : precise / firstScreen.length }),
      firstResultsMs: Math.round((marks.first || settledAt) - marks.ready),
      settledMs: Math.round(settledAt - marks.ready),
      ...sumPagefindDownloads(downloads, distDir),
    };
  } finally {
    await context.close();
  }
}

/**
 * Page on from `listed` as a patient reader does, "more results" while it is offered, then "search all years" (the
 * search page's button for the shards not yet searched), until the target is listed or neither button is offered:
 * the target's position in the whole list, or 0.
 */
async function pageThrough(page: Page, listed: string[], target: string): Promise<number> {
  const more = page.locator('[data-search-more]');
  const rest = page.locator('[data-search-all-years]');
  let stalled = 0;
  while (!listed.includes(target) && listed.length < MAX_REACH && stalled < 3) {
    const button = (await more.isVisible()) ? more : (await rest.isVisible()) ? rest : undefined;
    if (!button) break;
    await button.click();
    await settle(page);
    const next = await listedPaths(page);
    stalled = next.length > listed.length ? 0 : stalled + 1;
    listed = next;
  }
  return listed.indexOf(target) + 1;
}

/** Paths of the results listed, decoded as a reader reads them. */
async function listedPaths(page: Page): Promise<string[]> {
  const paths = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return paths.map(articlePath);
}

/**
 * Wait until the page is not busy and shows results or its no-results state, and then does not change for a while;
 * resolves with the page's clock at its last change.
 */
async function settle(page: Page): Promise<number> {
  const snapshot = () =>
    page.evaluate(() => {
      const root = document.querySelector('[data-search-root]');
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      const list = document.querySelector('[data-search-results]');
      const count = list?.childElementCount ?? 0;
      const done = !root?.hasAttribute('aria-busy') && (count > 0 || /没有找到/.test(status));
      return { done, key: `${count}\u0000${status}\u0000${list?.textContent?.length ?? 0}`, now: performance.now() };
    });
  const deadline = Date.now() + 180_000;
  let last = '';
  let changedAt = 0;
  let stableSince = 0;
  while (Date.now() < deadline) {
    const { done, key, now } = await snapshot();
    if (key !== last) {
      last = key;
      changedAt = now;
      stableSince = Date.now();
    } else if (done && Date.now() - stableSince >= QUIET_MS) {
      return changedAt;
    }
    await page.waitForTimeout(25);
  }
  throw new Error(`The search page did not settle within 180 s (${page.url()}).`);
}
