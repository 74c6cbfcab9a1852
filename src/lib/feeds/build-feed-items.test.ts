import { describe, expect, test } from 'vitest';
import type { Article } from '../archive/build-archive.ts';
import { buildFeedItems, escapedBytes } from './build-feed-items.ts';

const article = (i: number, bodyLength: number) =>
  ({
    title: `标题 ${i} <b>&`,
    href: `/2024/01/${i}/`,
    date: new Date(Date.UTC(2024, 0, 31 - (i % 30))),
    excerpt: `摘要 ${i}`,
    categories: [['新媒体', '36kr']],
    tags: ['AI'],
    htmlKey: String(i),
    body: `<p>${'正文<>&'.repeat(bodyLength)}</p>`,
  }) as unknown as Article & { body: string };
const htmlOf = (a: Article) => (a as Article & { body: string }).body;

/** Bytes of the feed's text as the estimate counts them (the overhead aside): what the budget must bound. */
const textBytes = (items: ReturnType<typeof buildFeedItems>) =>
  items.reduce((sum, item) => sum + escapedBytes(item.title) + escapedBytes(item.description) + escapedBytes(item.content ?? ''), 0);

describe('buildFeedItems', () => {
  test('carries every article whole when they fit, newest first, up to the limit', () => {
    const articles = Array.from({ length: 30 }, (_, i) => article(i, 10));
    const items = buildFeedItems(articles, { limit: 20, content: 'full', maxBytes: 300_000, htmlOf });
    expect(items.map((item) => item.link)).toEqual(articles.slice(0, 20).map((a) => a.href));
    expect(items.every((item) => item.content === htmlOf(articles[Number(item.link.split('/')[3])]!))).toBe(true);
  });

  test('keeps any archive within the byte budget: long articles past it carry their excerpt only', () => {
    let seed = 3;
    const next = (max: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % max;
    for (let run = 0; run < 30; run++) {
      const articles = Array.from({ length: 1 + next(80) }, (_, i) => article(i, next(20_000)));
      const maxBytes = 10_000 + next(400_000);
      const items = buildFeedItems(articles, { limit: 50, content: 'full', maxBytes, htmlOf });
      expect(textBytes(items), `run ${run}`).toBeLessThanOrEqual(maxBytes);
      // The newest articles, in order; only a budget too small for even their excerpts ends the feed early.
      expect(items.map((item) => item.link)).toEqual(articles.slice(0, items.length).map((a) => a.href));
      expect(items.length).toBeGreaterThan(0);
      if (maxBytes > 60_000) expect(items.length).toBe(Math.min(articles.length, 50));
    }
  });

  test('carries excerpts only when configured so', () => {
    const items = buildFeedItems([article(1, 10)], { limit: 20, content: 'excerpt', maxBytes: 300_000, htmlOf });
    expect(items[0]!.content).toBeUndefined();
    expect(items[0]!.description).toBe('摘要 1');
  });

  test('counts escaping in the bytes', () => {
    expect(escapedBytes('a<b>&"\'中')).toBe(1 + 4 + 1 + 4 + 5 + 6 + 6 + 3);
  });
});
