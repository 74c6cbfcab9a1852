import { describe, expect, test } from 'vitest';
import { itemToArticle } from '../../src/lib/import/item-to-article.ts';
import { planImport } from '../../src/lib/import/plan-import.ts';
import { readFeed } from '../../src/lib/import/read-feed.ts';
import { buildFeedXml, generateFeed, generateFeedItems, type GeneratedFeedItem } from './generate-feed.ts';

describe('determinism', () => {
  test('another seed gives other items', () => {
    const one = generateFeedItems({ items: 50, seed: 1 }).map((item) => item.description);
    const two = new Set(generateFeedItems({ items: 50, seed: 2 }).map((item) => item.description));
    expect(one.filter((description) => two.has(description))).toEqual([]);
  });

  test('the same seed gives byte-identical XML, and a longer feed starts with the same items', () => {
    const first = generateFeed({ items: 100, seed: 1 });
    expect(generateFeed({ items: 100, seed: 1 }).xml).toBe(first.xml);
    expect(generateFeedItems({ items: 120, seed: 1 }).slice(0, 100)).toEqual(generateFeedItems({ items: 100, seed: 1 }));
  });
});

describe('XML', () => {
  const item: GeneratedFeedItem = {
    title: 'A & B <C> "引号" ]]>',
    link: 'https://36kr.com/p/1?a=1&b=2',
    guid: '36kr-1',
    categories: [],
    image: '',
    description: '<p>x</p>',
    content: '<div><p>正文 ]]> 与 &amp; 符号</p></div>',
    isDuplicateTitle: false,
  };

  test('an item without date, author, categories or image has none of these elements', () => {
    const xml = buildFeedXml([item]);
    for (const name of ['pubDate', 'dc:creator', 'category', 'media:thumbnail']) expect(xml).not.toContain(`<${name}`);
    expect(readFeed(xml).items[0]).toMatchObject({ date: undefined, author: undefined, categories: [], image: undefined });
  });

  test('escapes markup in text and keeps HTML holding "]]>" whole', () => {
    const read = readFeed(buildFeedXml([item])).items[0]!;
    expect(read).toMatchObject({ title: item.title, link: item.link, guid: item.guid, html: item.content });
  });
});

describe('shape of a 1,000-item feed', () => {
  const items = generateFeedItems({ items: 1000, seed: 1 });
  const feed = readFeed(buildFeedXml(items));

  test('the importer reads every item back as written, newest first', () => {
    expect(feed).toMatchObject({ format: 'rss', title: '36氪' });
    expect(feed.items).toHaveLength(1000);
    feed.items.forEach((read, index) => {
      const written = items[index]!;
      expect(read).toMatchObject({ guid: written.guid, link: written.link, title: written.title, author: written.author, categories: written.categories });
      expect(read.html).toBe(written.content ?? written.description);
      expect(read.date).toBe(written.date?.toUTCString());
    });
    const dates = items.flatMap((item) => (item.date ? [item.date.getTime()] : []));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(items.map((item) => item.guid)).size).toBe(1000);
  });

  test('has 36kr-style bodies: news flashes in the description, articles of a few KB in content:encoded', () => {
    const articles = items.filter((item) => item.content !== undefined);
    expect(articles.length).toBeGreaterThan(650);
    expect(articles.length).toBeLessThan(850);
    const sizes = articles.map((item) => Buffer.byteLength(item.content!)).sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThan(7_000);
    expect(sizes.at(-1)).toBeLessThan(40_000);
    expect(articles.every((item) => item.content!.startsWith('<div>\n<') && item.content!.endsWith('>\n</div>'))).toBe(true);
    expect(items.filter((item) => item.content?.includes('class="project-link"')).length).toBeGreaterThan(300);
  });

  test('repeats a few titles and leaves a few items undated, so the import meets its collision and dating paths', () => {
    const repeated = items.filter((item) => item.isDuplicateTitle);
    expect(repeated.length).toBeGreaterThanOrEqual(5);
    expect(repeated.length).toBeLessThanOrEqual(40);
    expect(new Set(items.map((item) => item.title)).size).toBe(1000 - repeated.length);
    const undated = items.filter((item) => item.date === undefined).length;
    expect(undated).toBeGreaterThanOrEqual(3);
    expect(undated).toBeLessThanOrEqual(30);
    const options = { categories: ['36氪'], now: new Date('2026-11-26T05:00:00Z'), timeZone: 'Asia/Shanghai' };
    const articles = feed.items.map((item) => itemToArticle(item, options));
    expect(articles.filter((article) => !article.ok)).toEqual([]);
    const files = planImport(articles.flatMap((article) => (article.ok ? [article] : [])), [], '36氪').map((action) => action.file);
    expect(new Set(files).size).toBe(1000);
    expect(files.filter((file) => /-[0-9a-f]{6}\.md$/.test(file)).length).toBeGreaterThanOrEqual(repeated.length);
  });
});
