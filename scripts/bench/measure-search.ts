// Measures what a reader's search costs on a built benchmark site, in headless Chromium against `astro preview`
// on localhost: bytes downloaded and time from the last keystroke to the first results shown, for a few kinds of
// query, each in a fresh browser context (cold cache), and where a phrase found in a single article ranks.
// Run by `npm run bench` after its builds; alone: `node --experimental-strip-types scripts/bench/measure-search.ts --articles N`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readSearchManifest } from '../../src/content/search-manifest.ts';
import type { ShardManifest } from '../../src/lib/search/shard-index.ts';
import { findChromium } from '../../tests/e2e/find-chromium.ts';
import { startPreview } from '../../tests/e2e/preview-server.ts';
import { articlePath } from './archive-texts.ts';
import { BENCH_CHROMIUM_ARGS, downloadsSince, keepResourceTimings, listPagefindDownloads, sumPagefindDownloads } from './pagefind-downloads.ts';
import { pickUniquePhrase } from './pick-search-phrase.ts';

/** One measured query. */
export interface SearchMeasure {
  query: string;
  /** What kind of query, e.g. "common word". */
  kind: string;
  /** Results in the shards searched for the first screen, as the page reports them. */
  status: string;
  /** Milliseconds from the last keystroke to the first results on screen (or the no-results message). */
  firstResultsMs: number;
  /**
   * Bytes downloaded from `pagefind/` until the first screen is complete (for a query with fewer results than a
   * screen, that includes every older shard searched for more): as served, and as a gzip-serving host sends them.
   */
  pagefindBytes: number;
  pagefindGzipBytes: number;
  requests: number;
  /** 1-based rank of the article the phrase was taken from, when there is one (0: not on the first screen). */
  targetRank?: number;
  /** Searching every shard ("search all years") afterwards: its extra time and bytes. */
  allYears?: { ms: number; pagefindBytes: number; pagefindGzipBytes: number; requests: number };
}

/** What a reader does on the search page before typing: click the box, and take a moment. */
const PAUSE_BEFORE_TYPING_MS = 500;
/** Between words committed by an input method. */
const PAUSE_BETWEEN_WORDS_MS = 250;
/**
 * How often the benchmark looks at the page while a search runs. Playwright's default looks every animation frame,
 * running its own script on the page's thread beside the search being timed; the times themselves are taken inside
 * the page (see `benchMarks`), so looking less often does not change what is measured.
 */
const POLL_MS = 50;

/** Measure searches on a built site; `env` is the build's environment (`CLIPPINGS_OUT_DIR`, `CLIPPINGS_CACHE_DIR`). */
export async function measureSearch(env: Record<string, string>): Promise<SearchMeasure[]> {
  const distDir = env.CLIPPINGS_OUT_DIR!;
  const cacheDir = env.CLIPPINGS_CACHE_DIR!;
  const records = readSearchManifest(cacheDir);
  const shards = (JSON.parse(readFileSync(path.join(distDir, 'pagefind/shards.json'), 'utf8')) as ShardManifest).shards;
  const htmlCacheDir = path.join(cacheDir, 'clippings-html');
  const inShard = (shard: ShardManifest['shards'][number]) =>
    records.filter((record) => record.date >= shard.oldest && record.date <= shard.newest);
  const phrases = [
    { kind: 'phrase from one article, newest shard', shard: shards[0]! },
    { kind: 'phrase from one article, oldest shard', shard: shards.at(-1)! },
  ].flatMap(({ kind, shard }) => {
    const candidates = inShard(shard);
    const found = pickUniquePhrase(candidates[Math.floor(candidates.length / 2)]!, records, htmlCacheDir);
    return found ? [{ kind, query: found.phrase, target: found.record.href }] : [];
  });
  const queries = [
    { kind: 'common word', query: '中国' },
    { kind: 'two words', query: '人工智能 发展' },
    ...phrases,
    ...phrases.map((phrase) => ({ ...phrase, kind: `${phrase.kind}, in quotes`, query: `"${phrase.query}"` })),
  ];

  return searchSite(env, queries);
}

/** A query typed into the built site's search page, and the article it should find. */
export interface BenchQuery {
  kind: string;
  query: string;
  /** Address of the article the query is meant to find (its rank is measured). */
  target?: string;
}

/** Type each query into the search page of the site in `CLIPPINGS_OUT_DIR`, served by `astro preview`, in Chromium. */
export async function searchSite(env: Record<string, string>, queries: BenchQuery[]): Promise<SearchMeasure[]> {
  const server = await startPreview(env);
  const browser = await chromium.launch({ executablePath: (await findChromium()).executablePath, headless: true, args: BENCH_CHROMIUM_ARGS });
  try {
    const measures: SearchMeasure[] = [];
    for (const query of queries) measures.push(await measureQuery(browser, server.url, env.CLIPPINGS_OUT_DIR!, query));
    return measures;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function measureQuery(browser: Browser, baseURL: string, distDir: string, query: BenchQuery): Promise<SearchMeasure> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await keepResourceTimings(page);
  const sum = (urls: string[]) => {
    const { bytes, gzipBytes, requests } = sumPagefindDownloads(urls, distDir);
    return { pagefindBytes: bytes, pagefindGzipBytes: gzipBytes, requests };
  };
  try {
    await page.goto('search/', { waitUntil: 'load' });
    // Record, in the page, when each keystroke lands and when results are appended for the final query.
    await page.evaluate(() => {
      const marks = { lastInput: 0, shown: [] as { at: number; q: string | null }[] };
      (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
      const input = document.querySelector('main input[name=q]')!;
      input.addEventListener('input', () => (marks.lastInput = performance.now()));
      const show = () => marks.shown.push({ at: performance.now(), q: new URL(location.href).searchParams.get('q') });
      new MutationObserver((changes) => changes.some((change) => change.addedNodes.length > 0) && show()).observe(
        document.querySelector('[data-search-results]')!,
        { childList: true },
      );
      // A search with no results appends nothing: its status message counts as its answer.
      const status = document.querySelector('[data-search-status]')!;
      new MutationObserver(() => /找到/.test(status.textContent ?? '') && show()).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const box = page.locator('main input[name=q]');
    await box.click();
    await page.waitForTimeout(PAUSE_BEFORE_TYPING_MS);
    // Playwright sets up its own script in the page on the first wait: before the timed search, not during it.
    await page.waitForFunction(() => true);
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(query.query)].map((segment) => segment.segment);
    for (const [i, word] of words.entries()) {
      if (i > 0) await page.waitForTimeout(PAUSE_BETWEEN_WORDS_MS);
      await page.keyboard.insertText(word);
    }
    const settled = async () => {
      await page.waitForFunction(() => {
        const root = document.querySelector('[data-search-root]')!;
        return !root.hasAttribute('aria-busy') && /找到/.test(document.querySelector('[data-search-status]')!.textContent ?? '');
      }, undefined, { timeout: 120_000, polling: POLL_MS });
    };
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query.query.trim(), { timeout: 30_000, polling: POLL_MS });
    await settled();
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: { lastInput: number; shown: { at: number; q: string | null }[] } }).benchMarks);
    const answered = marks.shown.find((mark) => mark.at > marks.lastInput && mark.q === query.query.trim());
    const status = (await page.locator('[data-search-status]').innerText()).trim();
    const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    const downloads = await listPagefindDownloads(page);
    const firstScreen = sum(downloads);
    const measure: SearchMeasure = {
      query: query.query,
      kind: query.kind,
      status,
      firstResultsMs: Math.round((answered?.at ?? Number.NaN) - marks.lastInput),
      ...firstScreen,
      ...(query.target ? { targetRank: hrefs.map(articlePath).indexOf(articlePath(query.target)) + 1 } : {}),
    };
    const allYears = page.locator('[data-search-all-years]');
    if (await allYears.isVisible()) {
      const started = Date.now();
      await allYears.click();
      await page.waitForFunction(() => document.querySelector('[data-search-all-years]')!.hasAttribute('hidden'), undefined, { timeout: 300_000, polling: POLL_MS });
      await settled();
      measure.allYears = { ms: Date.now() - started, ...sum(downloadsSince(downloads, await listPagefindDownloads(page))) };
    }
    return measure;
  } finally {
    await context.close();
  }
}

/** The measures as a Markdown table. */
export function formatSearchTable(measures: SearchMeasure[]): string {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const rows = measures.map((m) =>
    `| ${m.kind} | ${m.query} | ${m.firstResultsMs} ms | ${kb(m.pagefindBytes)} (${kb(m.pagefindGzipBytes)} gzip) | ${m.requests} | ` +
      `${m.targetRank === undefined ? '' : m.targetRank === 0 ? 'not on first screen' : m.targetRank} | ${m.status.replace(/\|/g, '\\|')} | ` +
      `${m.allYears ? `${m.allYears.ms} ms, ${kb(m.allYears.pagefindBytes)} (${kb(m.allYears.pagefindGzipBytes)} gzip), ${m.allYears.requests} requests` : ''} |`,
  );
  return [
    '| query | text | first results after last keystroke | downloaded from pagefind/ | requests | rank of its article | page says | then "search all years" |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (import.meta.main) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, out: { type: 'string', default: 'bench-out' } } });
  const outRoot = path.resolve(values.out!);
  const measures = await measureSearch({
    CLIPPINGS_OUT_DIR: path.join(outRoot, `dist-${values.articles}`),
    CLIPPINGS_CACHE_DIR: path.join(outRoot, `cache-${values.articles}`),
  });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path.join(outRoot, `search-${values.articles}.json`), JSON.stringify(measures, null, 2));
  console.log(formatSearchTable(measures));
}
