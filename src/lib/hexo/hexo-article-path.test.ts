import { describe, expect, test } from 'vitest';
import { hexoArticlePath, type HexoArticle } from './hexo-article-path.ts';

const article: HexoArticle = {
  sourcePath: '新媒体/75% 的人：不知道.md',
  title: 'Node.js 入门: 75% 的人不知道',
  // 2022-02-23 17:50:30 in Shanghai.
  date: new Date('2022-02-23T09:50:30Z'),
  categories: [['新媒体', 'Hacker News']],
};
const options = { pattern: ':year/:month/:day/:title/', timeZone: 'Asia/Shanghai', categoryMap: {}, filenameCase: 0 as const, defaultCategory: 'uncategorized' };

describe('hexoArticlePath', () => {
  test('fills the tokens as Hexo does, making nothing safe', () => {
    expect(hexoArticlePath(article, options)).toBe('2022/02/23/新媒体/75% 的人：不知道/');
    expect(hexoArticlePath(article, { ...options, pattern: ':i_month/:i_day/:hour:minute:second/:name.html' })).toBe('2/23/175030/75% 的人：不知道.html');
  });

  test('takes front-matter slug for :title and :name, and front-matter permalink over everything', () => {
    expect(hexoArticlePath({ ...article, slug: 'a/b:c' }, { ...options, pattern: ':title/:name/' })).toBe('a/b:c/b:c/');
    expect(hexoArticlePath({ ...article, ownPermalink: '/notes/x%y/' }, options)).toBe('notes/x%y/');
  });

  test(":post_title is Hexo's slug of the title, :category the slugs of the last hierarchy, mapped", () => {
    expect(hexoArticlePath(article, { ...options, pattern: ':post_title/' })).toBe('node-js-入门-75-的人不知道/');
    expect(hexoArticlePath(article, { ...options, pattern: ':category/:name/', categoryMap: { 新媒体: 'new-media' } })).toBe('new-media/Hacker-News/75% 的人：不知道/');
    expect(hexoArticlePath({ ...article, categories: [] }, { ...options, pattern: ':category/:name/' })).toBe('uncategorized/75% 的人：不知道/');
  });

  test(':hash is the SHA-1 of the slug and the Unix time, 12 digits', () => {
    expect(hexoArticlePath(article, { ...options, pattern: ':hash/' })).toMatch(/^[0-9a-f]{12}\/$/);
    expect(hexoArticlePath(article, { ...options, pattern: ':hash/' })).not.toBe(hexoArticlePath({ ...article, slug: 'other' }, { ...options, pattern: ':hash/' }));
  });

  test("drops what Hexo's router drops: leading slashes, a query; turns backslashes into slashes", () => {
    expect(hexoArticlePath({ ...article, ownPermalink: '//a\\b?c/d/' }, options)).toBe('a/b');
  });

  test('gives up on a token only Hexo could fill', () => {
    expect(hexoArticlePath(article, { ...options, pattern: ':id/' })).toBeUndefined();
  });
});
