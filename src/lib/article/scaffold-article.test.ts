import { describe, expect, test } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { scaffoldArticle } from './scaffold-article.ts';

const now = new Date('2026-11-26T05:30:00Z');

describe('scaffoldArticle', () => {
  test('writes front matter that parses back to what was asked, dated now in the site time zone', () => {
    const title = '"快手": 电商 #1 的 \'闭环\'？';
    const article = scaffoldArticle({ title, categories: ['新媒体', '36kr', '资讯'], tags: ['快手', '电商'], now, timeZone: 'Asia/Shanghai' });
    expect(article.text).toContain("date: '2026-11-26T13:30:00+08:00'");
    const parsed = parseArticle(article.text, { file: article.relativePath, timeZone: 'UTC' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.frontMatter.title).toBe(title);
    expect(parsed.frontMatter.date.toISOString()).toBe('2026-11-26T05:30:00.000Z');
    expect(parsed.frontMatter.categories).toEqual([['新媒体', '36kr', '资讯']]);
    expect(parsed.frontMatter.tags).toEqual(['快手', '电商']);
  });

  test('puts the file in a folder per category level, named by its title, every segment made safe', () => {
    const article = scaffoldArticle({ title: 'K/DA: More?', categories: ['音乐', '../上级'], tags: [], now, timeZone: 'Asia/Shanghai' });
    expect(article.relativePath).toBe('音乐/_上级/K_DA_ More_.md');
  });

  test('refuses an empty title', () => {
    expect(() => scaffoldArticle({ title: '  ', categories: [], tags: [], now, timeZone: 'UTC' })).toThrow(/title is empty/);
  });
});
