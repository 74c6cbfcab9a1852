import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { articlePath, readArchiveTexts } from '../../scripts/bench/archive-texts.ts';
import { describe, expect, pathOf, test } from './test-utils.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SEED = '快手切断淘宝京东外链，大搞品牌电商闭环？';

const results = (page: Page) => page.locator('[data-search-results] > li');
const titles = (page: Page) => page.locator('[data-search-results] h2').allInnerTexts();
const status = (page: Page) => page.getByRole('status');
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox');

/** Wait until the search page has settled on an answer (results, or a no-results message). */
async function settled(page: Page): Promise<void> {
  // The first search of a page loads Pagefind's engine and index: give it time on a busy CI machine.
  const patience = { timeout: 20_000 };
  await expect.poll(async () => /找到/.test(await status(page).innerText()), patience).toBe(true);
  await expect.poll(() => page.locator('[data-search-root][aria-busy]').count(), patience).toBe(0);
}

/** The checkbox of one facet value; its accessible name is the value followed by its count. */
function facetBox(page: Page, legend: string, value: string) {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('group', { name: legend }).getByRole('checkbox', { name: new RegExp(`^${escaped} \\d+$`) });
}

/** Counts shown next to a facet's values, e.g. `{ 2022: 3, 2021: 5 }`. */
async function facetCounts(page: Page, legend: string): Promise<Record<string, string>> {
  const group = page.getByRole('group', { name: legend });
  const labels = await group.locator('label').all();
  const entries = await Promise.all(labels.map(async (label) => [await label.locator('input').getAttribute('value'), await label.locator('.count').innerText()]));
  return Object.fromEntries(entries);
}

describe('a reader searching', () => {
  test('finds the seed article for 快手, first, with the term marked in its excerpt', async ({ newPage }) => {
    const page = await newPage();
    let pagefindBytes = 0;
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) pagefindBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto('/search/');
    await searchBox(page).fill('快手');
    await settled(page);
    expect((await titles(page))[0]).toBe(SEED);
    expect(await results(page).first().locator('.excerpt mark').first().innerText()).toBe('快手');
    console.log(`Bytes downloaded from /pagefind/ for the query 快手 (uncompressed): ${pagefindBytes}`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('快手');
  });

  test('finds a two-character word inside a sentence, not in any title', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(`/search/?q=${encodeURIComponent('聆讯')}`);
    await settled(page);
    const found = await titles(page);
    expect(found).toContain('104亿，61岁李开复，即将又收获一个IPO');
    expect(found).toContain('"同城货运第一股"来了：快狗打车4年烧掉28亿，行业老三如何突围_');
    expect(await page.locator('.excerpt mark', { hasText: '聆讯' }).count()).toBeGreaterThan(0);
  });

  test('narrows results and counts with a year filter and a category filter', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(`/search/?q=${encodeURIComponent('数据')}`);
    await settled(page);
    const all = await results(page).count();
    const years = await facetCounts(page, '年份');
    expect(Number(years['2022']) + Number(years['2021'])).toBe(all);

    await facetBox(page, '年份', '2021').check();
    await settled(page);
    expect(await results(page).count()).toBe(Number(years['2021']));
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2021']);
    for (const meta of await page.locator('[data-search-results] .meta').allInnerTexts()) expect(meta).toContain('2021年');

    const categories = await facetCounts(page, '分类');
    await facetBox(page, '分类', '新媒体 › 199IT').check();
    await settled(page);
    expect(await results(page).count()).toBe(Number(categories['新媒体 › 199IT']));
    expect(await results(page).count()).toBeLessThan(Number(years['2021']));
    for (const meta of await page.locator('[data-search-results] .meta').allInnerTexts()) expect(meta).toContain('199IT');
  });

  test('restores the same results from the URL after a reload, and on back', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(`/search/?q=${encodeURIComponent('数据')}&sort=newest`);
    await settled(page);
    const before = await titles(page);
    await page.reload();
    await settled(page);
    expect(await titles(page)).toEqual(before);
    expect(await searchBox(page).inputValue()).toBe('数据');

    await facetBox(page, '年份', '2022').check();
    await settled(page);
    await page.goBack();
    await settled(page);
    expect(await titles(page)).toEqual(before);
  });

  test('says so when nothing matches', async ({ newPage }) => {
    const page = await newPage();
    await page.goto('/search/?q=qzxjvwkplm');
    await settled(page);
    expect(await results(page).count()).toBe(0);
    expect(await status(page).innerText()).toContain('没有找到');
  });

  test('lists articles holding an English word whole, not those where it only starts a longer word', async ({ newPage }) => {
    // From the fixture's own text: a word some articles hold whole and another article only as the start of a word.
    const texts = readArchiveTexts(inject('fixtureCacheDir'), 'Asia/Shanghai').map((text) => ({
      path: articlePath(text.href),
      words: new Set(`${text.title} ${text.body}`.toLowerCase().match(/[a-z]+/g) ?? []),
    }));
    const word = [...new Set(texts.flatMap((text) => [...text.words]))]
      .filter((candidate) => candidate.length >= 3)
      .sort()
      .find((candidate) => texts.some((text) => text.words.has(candidate)) && texts.some((text) => !text.words.has(candidate) && [...text.words].some((other) => other.startsWith(candidate))))!;
    expect(word).toBeDefined();
    const page = await newPage();
    await page.goto(`/search/?q=${word}`);
    await settled(page);
    const found = (await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))).map(articlePath);
    expect(found.length).toBeGreaterThan(0);
    for (const path of found) expect(texts.find((text) => text.path === path)?.words.has(word), `${word} in ${path}`).toBe(true);
  });

  test('has one search box, the page\'s own', async ({ newPage }) => {
    const page = await newPage();
    await page.goto('/search/');
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await page.getByRole('banner').getByRole('search').count()).toBe(0);
  });

  test('searches from the header box with JavaScript disabled up to the results page', async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/');
    const header = page.getByRole('banner').getByRole('search');
    await header.getByRole('searchbox').fill('快手');
    await Promise.all([page.waitForURL(/\/search\//), header.getByRole('button', { name: '搜索' }).click()]);
    expect(pathOf(page)).toBe('/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('快手');
  });

  test('opens a result with the searched words highlighted on the article page', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(`/search/?q=${encodeURIComponent('快手')}`);
    await settled(page);
    await Promise.all([page.waitForURL(/highlight=/), page.getByRole('link', { name: SEED }).first().click()]);
    await expect.poll(() => page.locator('.prose mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  test('has no axe violations with results and filters shown', async ({ newPage }) => {
    // axe is injected as an inline script, which the site's own Content-Security-Policy refuses.
    const page = await newPage({ bypassCSP: true });
    await page.goto(`/search/?q=${encodeURIComponent('数据')}`);
    await settled(page);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () =>
      (await (window as unknown as { axe: typeof import('axe-core') }).axe.run({ resultTypes: ['violations'] })).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    );
    expect(violations).toEqual([]);
  });
});
