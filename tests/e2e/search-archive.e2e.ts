import { inject } from 'vitest';
import { readSearchManifest } from '../../src/content/search-manifest.ts';
import type { Page } from 'playwright-core';
import { articlePath, readArchiveTexts } from '../../scripts/bench/archive-texts.ts';
import { buildRecallQueries, type QueryKind } from '../../scripts/bench/search-queries.ts';
import { describe, expect, test } from './test-utils.ts';

// A generated archive of 400 articles over 2015–2026 in search shards of at most 100 (global-setup.ts), and the same
// query sets the recall benchmark asks (scripts/bench/search-queries.ts), drawn from it with a fixed seed.
const texts = readArchiveTexts(inject('generatedCacheDir'), 'Asia/Shanghai');
const textOf = new Map(texts.map((text) => [articlePath(text.href), `${text.title}\n${text.body}`.toLowerCase()]));
const queries = buildRecallQueries(texts, { seed: 5, perKind: 12 });
const ofKind = (kind: QueryKind) => queries.filter((query) => query.kind === kind);

const status = (page: Page) => page.locator('[data-search-status]');
const resultPaths = async (page: Page) =>
  (await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))).map(articlePath);

/** Open the search page of the generated archive for a query and wait until it has settled on an answer. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await settled(page);
}

async function settled(page: Page): Promise<void> {
  const patience = { timeout: 30_000 };
  await expect.poll(() => page.locator('[data-search-root][aria-busy]').count(), patience).toBe(0);
  await expect.poll(async () => /找到/.test(await status(page).innerText()), patience).toBe(true);
}

/** Every request the page makes below `pagefind/`, by file name. */
function recordPagefindRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes('/pagefind/')) requests.push(url.pathname.slice(url.pathname.indexOf('/pagefind/') + '/pagefind/'.length));
  });
  return requests;
}

describe('searching a many-year archive', () => {
  test('finds the article a unique phrase comes from first, whatever its year, the oldest included', { timeout: 300_000 }, async ({ newPage }) => {
    const phrases = [...ofKind('phrase'), ...ofKind('phrase with a space')];
    const years = new Set(phrases.map((query) => query.year));
    expect(years.has(Math.min(...texts.map((text) => text.year)))).toBe(true);
    for (const query of phrases) {
      const page = await newPage({ baseURL: inject('generatedURL') });
      await searchFor(page, query.query);
      expect((await resultPaths(page))[0], `${query.query} (${query.year})`).toBe(articlePath(query.target!));
      await page.context().close();
    }
  });

  test('says it found nothing for common characters that never stand together, without downloading the index', { timeout: 300_000 }, async ({ newPage }) => {
    const never = ofKind('characters never adjacent');
    expect(never.length).toBeGreaterThan(0);
    for (const query of never) {
      const page = await newPage({ baseURL: inject('generatedURL') });
      const requests = recordPagefindRequests(page);
      await searchFor(page, query.query);
      expect(await status(page).innerText()).toContain('没有找到');
      expect(await page.locator('[data-search-results] > li').count()).toBe(0);
      expect(requests.filter((name) => !name.startsWith('router-') && name !== 'shards.json'), query.query).toEqual([]);
      await page.context().close();
    }
  });

  test('looks for a phrase only in shards holding each run of three of its characters', { timeout: 300_000 }, async ({ newPage }) => {
    // Which shard each article is in, and the runs of three Chinese characters of each shard's text.
    const first = await newPage({ baseURL: inject('generatedURL') });
    const shards = JSON.parse(await (await first.request.get('pagefind/shards.json')).text()).shards as { id: string; oldest: string; newest: string }[];
    await first.context().close();
    const dateOf = new Map(readSearchManifest(inject('generatedCacheDir')).map((record) => [articlePath(record.href), record.date]));
    const runsOf = shards.map(() => new Set<string>());
    for (const text of texts) {
      const date = dateOf.get(articlePath(text.href))!;
      const shard = shards.findIndex((candidate) => date >= candidate.oldest && date <= candidate.newest);
      for (const run of `${text.title}\n${text.body}`.match(/\p{Script=Han}+/gu) ?? []) {
        const chars = [...run];
        for (let i = 0; i + 3 <= chars.length; i++) runsOf[shard]!.add(chars.slice(i, i + 3).join(''));
      }
    }
    for (const query of ofKind('phrase')) {
      const page = await newPage({ baseURL: inject('generatedURL') });
      const requests = recordPagefindRequests(page);
      await searchFor(page, query.query);
      const chars = [...query.query.replace(/\s/g, '')];
      const runs = chars.slice(2).map((_, i) => chars.slice(i, i + 3).join(''));
      const searched = shards.filter((shard) => requests.some((name) => name.startsWith(`${shard.id}/`)));
      const lacking = searched.filter((shard) => !runs.every((run) => runsOf[shards.indexOf(shard)]!.has(run)));
      // A router false positive (about 1 % a key, and a shard must pass every key) may add one shard, seldom more.
      if (runs.length > 0) expect(lacking.length, `${query.query}: searched ${searched.map((shard) => shard.id).join(', ')}`).toBeLessThanOrEqual(1);
      await page.context().close();
    }
  });

  test('lists for a 2-character word only articles that hold the word', { timeout: 300_000 }, async ({ newPage }) => {
    for (const query of ofKind('2-character word')) {
      const page = await newPage({ baseURL: inject('generatedURL') });
      await searchFor(page, query.query);
      const paths = await resultPaths(page);
      expect(paths.length, query.query).toBeGreaterThan(0);
      for (const path of paths) expect(textOf.get(path), `${query.query} in ${path}`).toContain(query.query);
      await page.context().close();
    }
  });

  test('downloads Pagefind\'s engine once while it searches every shard', async ({ newPage }) => {
    const page = await newPage({ baseURL: inject('generatedURL') });
    const requests = recordPagefindRequests(page);
    await searchFor(page, '的');
    const rest = page.locator('[data-search-all-years]');
    expect(await rest.isVisible()).toBe(true);
    await rest.click();
    await settled(page);
    expect(await rest.isVisible()).toBe(false);
    const shards = JSON.parse(await (await page.request.get('pagefind/shards.json')).text()).shards as { id: string }[];
    for (const shard of shards) expect(requests.some((name) => name.startsWith(`${shard.id}/`)), shard.id).toBe(true);
    for (const engineFile of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']) {
      expect(requests.filter((name) => name === engineFile), engineFile).toHaveLength(1);
    }
  });

  test('says in one line, once, which years it searched, in order, and offers the rest in one action', async ({ newPage }) => {
    const page = await newPage({ baseURL: inject('generatedURL') });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      addEventListener('DOMContentLoaded', () => {
        const line = document.querySelector('[data-search-status]')!;
        new MutationObserver(() => seen.push(line.textContent ?? '')).observe(line, { childList: true, characterData: true, subtree: true });
      });
    });
    await searchFor(page, '的');
    const texts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(texts).toEqual(['正在搜索…', await status(page).innerText()]);
    const line = texts.at(-1)!;
    const years = [...line.matchAll(/\d{4}/g)].map((match) => Number(match[0]));
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const rest = page.locator('[data-search-all-years]');
    expect([...(await rest.innerText()).matchAll(/\d{4}/g)].length).toBeGreaterThan(0);
    expect(await page.getByText('未搜索').count()).toBe(0);
    await rest.click();
    await settled(page);
    expect(await status(page).innerText()).not.toContain('已搜索');
  });

  test('lists older years\' results with "more results", each once, until it has what searching every year finds', { timeout: 300_000 }, async ({ newPage }) => {
    const more = (page: Page) => page.locator('[data-search-more]');
    const rest = (page: Page) => page.locator('[data-search-all-years]');
    /** Click "more results" while it is offered; the paths listed. */
    async function listEverything(page: Page): Promise<string[]> {
      for (let clicks = 0; clicks < 10 && (await more(page).isVisible()); clicks++) {
        await more(page).click();
        await settled(page);
      }
      expect(await more(page).isVisible()).toBe(false);
      return resultPaths(page);
    }
    // Words in more articles than a screen holds and fewer than ten screens, so the newest shard cannot hold them all.
    const words = [...ofKind('2-character word'), ...ofKind('English word')].filter((query) => {
      const holding = [...textOf.values()].filter((text) => text.includes(query.query.toLowerCase())).length;
      return holding > 12 && holding < 90;
    });
    let checked = 0;
    for (const { query } of words) {
      const page = await newPage({ baseURL: inject('generatedURL') });
      await searchFor(page, query);
      if (!(await rest(page).isVisible())) {
        await page.context().close();
        continue;
      }
      const listed = await listEverything(page);
      expect(await rest(page).isVisible(), query).toBe(false);
      await page.context().close();
      const everyYear = await newPage({ baseURL: inject('generatedURL') });
      await searchFor(everyYear, query);
      await rest(everyYear).click();
      await settled(everyYear);
      const everything = await listEverything(everyYear);
      await everyYear.context().close();
      expect(new Set(listed).size, query).toBe(listed.length);
      expect([...listed].sort(), query).toEqual([...everything].sort());
      if (++checked === 3) break;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('lists as many articles as it says it found, also when the browser collects garbage between "more results"', { timeout: 300_000 }, async ({ newPage }) => {
    // Pagefind's worker forgets a result's text once the page has dropped the result object: a page that kept only
    // `data` lost every candidate it checked after a garbage collection, without an error.
    const words = [...ofKind('2-character word'), ...ofKind('English word')].filter((query) => {
      const holding = [...textOf.values()].filter((text) => text.includes(query.query.toLowerCase())).length;
      return holding > 25;
    });
    expect(words.length).toBeGreaterThan(1);
    for (const { query } of words.slice(0, 3)) {
      const page = await newPage({ baseURL: inject('generatedURL') });
      const devtools = await page.context().newCDPSession(page);
      await searchFor(page, query);
      const more = page.locator('[data-search-more]');
      for (let clicks = 0; clicks < 40 && (await more.isVisible()); clicks++) {
        await devtools.send('HeapProfiler.collectGarbage');
        // Finalization callbacks run after the collection, and tell the worker.
        await page.waitForTimeout(50);
        await more.click();
        await settled(page);
      }
      const found = /找到 (\d+) 篇/.exec(await status(page).innerText());
      expect(found, query).not.toBeNull();
      const listed = await resultPaths(page);
      expect(listed.length, query).toBe(Number(found![1]));
      expect(new Set(listed).size, query).toBe(listed.length);
      await page.context().close();
    }
  });

  test('shows excerpts from the body, never the title, with whole matches marked and no space inside a mark\'s edges', async ({ newPage }) => {
    const page = await newPage({ baseURL: inject('generatedURL') });
    const word = ofKind('2-character word')[0]!.query;
    await searchFor(page, word);
    const cards = await page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2')!.textContent!,
        excerpt: item.querySelector('.excerpt')!.textContent!,
        marks: [...item.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent!),
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.excerpt.startsWith(card.title)).toBe(false);
      for (const mark of card.marks) {
        expect(mark).toBe(mark.trim());
        expect(mark).toBe(word);
      }
    }
  });
});
