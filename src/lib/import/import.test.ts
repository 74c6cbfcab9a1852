import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../article/parse-article.ts';
import { articleText, itemToArticle, MAX_ITEM_BYTES } from './item-to-article.ts';
import { digestText, planImport } from './plan-import.ts';
import { readFeed, type FeedItem } from './read-feed.ts';

const feeds = path.resolve(import.meta.dirname, '../../../tests/fixtures/feeds');
const read = (name: string) => readFeed(readFileSync(path.join(feeds, name), 'utf8'));
const options = { categories: ['新媒体', '36kr'], now: new Date('2026-11-26T05:00:00Z'), timeZone: 'Asia/Shanghai' };
const item = (extra: Partial<FeedItem> = {}): FeedItem => ({ guid: 'g1', link: 'https://a/1', title: '标题', date: 'Wed, 23 Feb 2022 09:50:30 GMT', categories: [], html: '<p>x</p>', ...extra });

describe('readFeed', () => {
  test('reads RSS 2.0: guid, link, date, author, categories, full content and thumbnail', () => {
    const feed = read('36kr-rss2.xml');
    expect(feed).toMatchObject({ format: 'rss', title: '36氪' });
    expect(feed.items[0]).toMatchObject({
      guid: '36kr-1627411094634631',
      link: 'https://36kr.com/p/1627411094634631',
      title: '快手切断淘宝京东外链，大搞品牌电商闭环？',
      date: 'Wed, 23 Feb 2022 09:50:30 GMT',
      author: '亿邦动力',
      categories: ['电商', '快手'],
      image: 'https://img.36krcdn.com/20220223/v2_f63ddaa0a3774c2aa7fbca41b36e478c_img_000',
    });
    expect(feed.items[0]!.html).toContain('class="project-link"');
    expect(feed.items[1]!.image).toBe('https://img.36krcdn.com/20220224/v2_morning_img_000');
  });

  test('reads Atom (an html title as its text, text content escaped) and RSS 1.0 (Dublin Core)', () => {
    const atom = read('atom.xml');
    expect(atom.items.map((entry) => entry.title)).toEqual(['C和C++有哪些限制？一', '纯文本的内容']);
    expect(atom.items[0]).toMatchObject({ date: '2022-03-01T10:00:00+08:00', author: '作者甲', categories: ['编程', 'C++ 语言'] });
    expect(atom.items[1]!.html).toBe('<p>没有标记的正文 &#x3C;不是标签> 与 &#x26; 符号。</p>');
    const rdf = read('rss1.xml');
    expect(rdf.items[0]).toMatchObject({ guid: 'https://news.example.jp/a/1', date: '2022-08-01T12:00:00+09:00', categories: ['动画'], author: '编辑部' });
  });

  test('does not expand an entity bomb, and refuses what is not a feed', () => {
    expect(read('entity-bomb.xml').items[0]!.title!.length).toBeLessThan(20);
    expect(() => read('malformed.xml')).toThrow();
  });
});

describe('itemToArticle', () => {
  test('writes front matter that the archive reads back, dated in the site time zone with its offset', () => {
    const article = itemToArticle(item({ title: '"引号": 冒号 #井号', categories: ['a', 'a', 'b'], author: '作者', image: 'https://img/a.jpg' }), options);
    expect(article.ok).toBe(true);
    if (!article.ok) return;
    expect(article.data.date).toBe('2022-02-23T17:50:30+08:00');
    const parsed = parseArticle(articleText(article.data, article.body), { file: 'x.md', timeZone: 'UTC' });
    expect(parsed.ok && parsed.frontMatter).toMatchObject({ title: '"引号": 冒号 #井号', categories: [['新媒体', '36kr']], tags: ['a', 'b'], author: '作者', cover: 'https://img/a.jpg' });
    expect(parsed.ok && parsed.frontMatter.date.toISOString()).toBe('2022-02-23T09:50:30.000Z');
  });

  test('dates an item without a date (or with a date it cannot read) at import time', () => {
    for (const date of [undefined, 'yesterday']) {
      const article = itemToArticle(item({ date }), options);
      expect(article.ok && [article.data.date, article.datedByImport]).toEqual(['2026-11-26T13:00:00+08:00', true]);
    }
  });

  test('refuses an item without a title, without a guid or link, or larger than the limit, saying why', () => {
    expect(itemToArticle(item({ title: '  ' }), options)).toMatchObject({ ok: false, reason: expect.stringMatching(/no title/) });
    expect(itemToArticle(item({ guid: undefined, link: undefined }), options)).toMatchObject({ ok: false, reason: expect.stringMatching(/neither a guid nor a link/) });
    expect(itemToArticle(item({ html: 'x'.repeat(MAX_ITEM_BYTES + 1) }), options)).toMatchObject({ ok: false, reason: expect.stringMatching(/larger than 10 MB/) });
  });

  test('makes file names safe on every system while keeping them readable', () => {
    const names = ['CON', 'a/b\\c', 'x:y*?', '快'.repeat(100), '末尾的点.'].map((title) => itemToArticle(item({ title }), options)).map((article) => article.ok && article.baseName);
    expect(names).toEqual(['CON_', 'a_b_c', 'x_y__', '快'.repeat(66), '末尾的点']);
  });
});

describe('planImport', () => {
  const ok = (extra: Partial<FeedItem>) => {
    const article = itemToArticle(item(extra), options);
    if (!article.ok) throw new Error(article.reason);
    return article;
  };

  test('gives two items with one title two files, the second with a suffix of its own guid', () => {
    const actions = planImport([ok({ guid: 'a' }), ok({ guid: 'b', link: 'https://a/2' })], [], '新媒体/36kr');
    expect(actions.map((action) => [action.kind, action.file])).toEqual([
      ['new', '新媒体/36kr/标题.md'],
      ['new', expect.stringMatching(/^新媒体\/36kr\/标题-[0-9a-f]{6}\.md$/)],
    ]);
  });

  test('updates an item already imported in place, found by guid, else by link; unchanged when identical', () => {
    const first = planImport([ok({})], [], 'f')[0]!;
    const existing = [{ file: 'moved/elsewhere.md', digest: digestText(first.text), guid: 'g1', sourceUrl: 'https://a/1', date: '2022-02-23T17:50:30+08:00' }];
    expect(planImport([ok({})], existing, 'f')[0]).toMatchObject({ kind: 'unchanged', file: 'moved/elsewhere.md' });
    expect(planImport([ok({ html: '<p>改过</p>' })], existing, 'f')[0]).toMatchObject({ kind: 'updated', file: 'moved/elsewhere.md' });
    expect(planImport([ok({ guid: undefined, html: '<p>改过</p>' })], existing, 'f')[0]).toMatchObject({ kind: 'updated', file: 'moved/elsewhere.md' });
  });

  test('never takes a name an existing file has, whatever that file is, nor its suffixed form', () => {
    const [plain] = planImport([ok({})], [], 'f');
    const [suffixed] = planImport([ok({})], [{ file: plain!.file, digest: '' }], 'f');
    expect(suffixed!.file).toMatch(/^f\/标题-[0-9a-f]{6}\.md$/);
    // Files without guid or link (their YAML did not parse, or they were written by hand) hold both names.
    const [third] = planImport([ok({})], [{ file: 'F/标题.md', digest: '' }, { file: suffixed!.file, digest: '' }], 'f');
    expect(third).toMatchObject({ kind: 'new', file: suffixed!.file.replace(/\.md$/, '-2.md') });
  });

  test('keeps the first date of an item that has none, so importing it again changes nothing', () => {
    const undated = ok({ date: undefined });
    const first = planImport([undated], [], 'f')[0]!;
    const later = itemToArticle(item({ date: undefined }), { ...options, now: new Date('2027-01-01T00:00:00Z') });
    const existing = [{ file: first.file, digest: digestText(first.text), guid: 'g1', sourceUrl: 'https://a/1', date: '2026-11-26T13:00:00+08:00' }];
    expect(planImport([later as typeof undated], existing, 'f')[0]!.kind).toBe('unchanged');
  });
});
