import { describe, expect, test } from 'vitest';
import { paginate } from '../taxonomy/paginate.ts';
import type { Article } from './build-archive.ts';
import { routeCacheKey, shownOfListPage } from './route-cache-key.ts';

describe('routeCacheKey', () => {
  test('changes with what the page shows and with the site settings', () => {
    const key = routeCacheKey('site-a', { title: '标题', date: new Date('2022-02-23T09:50:30Z') });
    expect(routeCacheKey('site-a', { title: '新标题', date: new Date('2022-02-23T09:50:30Z') })).not.toBe(key);
    expect(routeCacheKey('site-a', { title: '标题', date: new Date('2022-02-24T09:50:30Z') })).not.toBe(key);
    expect(routeCacheKey('site-b', { title: '标题', date: new Date('2022-02-23T09:50:30Z') })).not.toBe(key);
  });

  test('is stable for equal content', () => {
    expect(routeCacheKey('s', { a: [1, '二'] })).toBe(routeCacheKey('s', { a: [1, '二'] }));
  });
});

describe('shownOfListPage', () => {
  const article = (overrides: Partial<Article> = {}): Article => ({
    sourcePath: 'a.md',
    title: '标题',
    date: new Date('2022-02-23T09:50:30Z'),
    categories: [['新媒体', '36kr']],
    tags: ['科技'],
    comments: true,
    draft: false,
    wantedPermalink: '2022/02/a/',
    permalink: '2022/02/a/',
    href: '/2022/02/a/',
    excerpt: '摘要',
    readingMinutes: 1,
    characterCount: 100,
    headings: [],
    htmlKey: 'body-1',
    warnings: [],
    extra: {},
    ...overrides,
  });
  const keyOf = (items: Article[]) => routeCacheKey('s', shownOfListPage(paginate(items, { pageSize: 20, baseHref: '/' })[0]!));

  test('changes with everything an entry shows, and not with what only its own page shows', () => {
    const key = keyOf([article()]);
    const shown: Partial<Article>[] = [
      { href: '/2022/02/b/' },
      { title: '新标题' },
      { date: new Date('2022-02-23T09:50:31Z') },
      { author: '作者' },
      { categories: [['新媒体', '虎嗅']] },
      { excerpt: '新摘要' },
      { thumbnail: 'https://example.com/t.jpg' },
      { lang: 'en' },
    ];
    for (const change of shown) expect(keyOf([article(change)]), JSON.stringify(change)).not.toBe(key);
    for (const change of [{ htmlKey: 'body-2' }, { headings: [{ depth: 2, id: 'h', text: '小标题' }] }, { readingMinutes: 9 }]) {
      expect(keyOf([article(change)]), JSON.stringify(change)).toBe(key);
    }
    expect(keyOf([article(), article({ sourcePath: 'b.md' })])).not.toBe(key);
  });
});
