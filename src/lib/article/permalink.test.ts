import { resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { PermalinkSource } from './article.ts';
import { expandPermalink, isReservedPermalink, RESERVED_TOP_SEGMENTS, toHref } from './permalink.ts';
import { hashText } from './sanitize-path-segment.ts';

const article: PermalinkSource = {
  relativePath: '新媒体/36kr/资讯/快手切断淘宝京东外链，大搞品牌电商化？.md',
  title: '快手切断淘宝京东外链，大搞品牌电商闭环？',
  // 2022-02-24 01:05:09 in Asia/Shanghai, still the 23rd in UTC.
  date: new Date('2022-02-23T17:05:09Z'),
  categories: [['新媒体', '36kr', '资讯'], ['科技']],
};
const expand = (pattern: string, overrides: Partial<PermalinkSource> = {}, timeZone = 'Asia/Shanghai') =>
  expandPermalink(pattern, { ...article, ...overrides }, timeZone);

describe('expandPermalink', () => {
  test('never lets a path escape the output folder', () => {
    const out = resolve('/srv/dist');
    const attempts = ['../../etc/passwd', '/etc/passwd', '..\\..\\windows', 'C:\\x', './../a', '%2e%2e/x', '\u0000../x'];
    for (const permalink of attempts) {
      const result = expand(':title/', { permalink });
      expect(resolve(out, result).startsWith(out + sep), result).toBe(true);
      expect(result.split('/').slice(0, -1).every((segment) => segment !== '' && !segment.startsWith('.'))).toBe(true);
    }
    for (const relativePath of ['../../x.md', '../.md', 'a/../../b.md']) {
      const result = expand(':title/', { relativePath });
      expect(resolve(out, result).startsWith(out + sep), result).toBe(true);
    }
  });

  test('falls back to the hash when nothing is left', () => {
    const hash = hashText(article.relativePath);
    expect(expand(':post_title/', { title: '...' })).toBe(`${hash}/`);
    expect(expand('', {})).toBe(`${hash}/`);
    expect(expand(':title/', { permalink: '/' })).toBe(`${hash}/`);
  });

  test('replaces unsafe characters inside a token instead of making new folders', () => {
    expect(expand(':post_title/', { title: 'K/DA: More? #1 100% a\\b' })).toBe('K_DA_ More_ _1 100_ a_b/');
    expect(expand(':category/', { categories: [['a/b', '..']] })).toBe(`a_b/${hashText(article.relativePath)}/`);
  });

  test('keeps the Hexo :title as the path below the content folder', () => {
    expect(expand(':title/')).toBe('新媒体/36kr/资讯/快手切断淘宝京东外链，大搞品牌电商化？/');
  });

  test('reads date tokens in the site time zone', () => {
    expect(expand(':year/:month/:day/:hour/:minute/:second/')).toBe('2022/02/24/01/05/09/');
    expect(expand(':year/:i_month/:i_day/', {}, 'UTC')).toBe('2022/2/23/');
  });

  test.each([
    [':name/', '快手切断淘宝京东外链，大搞品牌电商化？/'],
    [':slug/', '快手切断淘宝京东外链，大搞品牌电商化？/'],
    [':post_title/', '快手切断淘宝京东外链，大搞品牌电商闭环？/'],
    [':category/:name/', '新媒体/36kr/资讯/快手切断淘宝京东外链，大搞品牌电商化？/'],
    [':year/:month/:name.html', '2022/02/快手切断淘宝京东外链，大搞品牌电商化？.html/'],
    ['archive/:unknown/:name/', 'archive/_unknown/快手切断淘宝京东外链，大搞品牌电商化？/'],
  ])('expands %s', (pattern, expected) => {
    expect(expand(pattern)).toBe(expected);
  });

  test('uses uncategorized for :category without categories', () => {
    expect(expand(':category/:name/', { categories: [] })).toBe('uncategorized/快手切断淘宝京东外链，大搞品牌电商化？/');
  });

  test('expands :hash to a short hash of the source path', () => {
    expect(expand('p/:hash/')).toBe(`p/${hashText(article.relativePath)}/`);
    expect(expand('p/:hash/')).not.toBe(expand('p/:hash/', { relativePath: 'other.md' }));
  });

  test('lets the slug replace :title and :name', () => {
    expect(expand(':title/', { slug: '2022/kuaishou' })).toBe('2022/kuaishou/');
    expect(expand(':year/:name/', { slug: '2022/kuaishou' })).toBe('2022/kuaishou/');
  });

  test('lets a front-matter permalink win over the pattern', () => {
    expect(expand(':year/:title/', { permalink: '/2022/kuaishou' })).toBe('2022/kuaishou/');
  });
});

describe('toHref', () => {
  test('percent-encodes each segment and keeps the slashes', () => {
    expect(toHref('新媒体/100 亿美元/')).toBe('/%E6%96%B0%E5%AA%92%E4%BD%93/100%20%E4%BA%BF%E7%BE%8E%E5%85%83/');
    expect(toHref("$100M & 'x'/")).toBe("/%24100M%20%26%20'x'/");
  });

  test('prefixes the base, with or without slashes', () => {
    expect(toHref('a/b/', '/blog')).toBe('/blog/a/b/');
    expect(toHref('a/b/', 'blog/')).toBe('/blog/a/b/');
    expect(toHref('', '/blog/')).toBe('/blog/');
    expect(toHref('')).toBe('/');
  });
});

describe('isReservedPermalink', () => {
  test.each([['tags/快手/'], ['Tags/x/'], ['pagefind/'], ['rss.xml/'], ['404/'], ['_astro/a/'], [''], ['/']])(
    'reserves %j',
    (permalink) => {
      expect(isReservedPermalink(permalink)).toBe(true);
    },
  );

  test.each([['tagsx/'], ['2022/tags/'], ['新媒体/categories/']])('allows %j', (permalink) => {
    expect(isReservedPermalink(permalink)).toBe(false);
  });

  test('takes a custom list', () => {
    expect(isReservedPermalink('about/', ['about'])).toBe(true);
    expect(isReservedPermalink('tags/', ['about'])).toBe(false);
    expect(RESERVED_TOP_SEGMENTS).toContain('categories');
  });
});
