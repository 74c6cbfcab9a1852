import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readHexoConfig } from './hexo-config.ts';
import { resolveConfig } from './resolve-config.ts';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/hexo-site/_config.yml'), 'utf8');

describe('readHexoConfig', () => {
  test("takes the settings that decide a Hexo site's URLs and pages", () => {
    const { config, notes } = readHexoConfig(fixture, 'tests/fixtures/hexo-site');
    expect(config).toEqual({
      title: '老博客',
      description: '从 Hexo 迁移来的存档',
      lang: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      permalink: ':year/:month/:day/:title/',
      pageSize: 3,
      site: 'https://blog.example.com',
      base: '/blog/',
      categoryMap: { 编程: 'programming', 新媒体: 'new-media' },
      tagMap: { 投资: 'invest' },
      contentDir: 'tests/fixtures/hexo-site/source/_posts',
      hexoUrls: { categoryDir: 'categories', tagDir: 'tag', archiveDir: 'archives', paginationDir: 'page', defaultCategory: 'uncategorized' },
    });
    expect(notes).toEqual(['tag_dir: tag: those pages are under /tags/ here; their old addresses get redirect pages.']);
    // What it reads is valid configuration.
    expect(resolveConfig(config).base).toBe('/blog/');
  });

  test('reads a site at the root, and notes the settings it cannot honour or moves behind redirects', () => {
    const { config, notes } = readHexoConfig(
      'url: http://example.com\nroot: /\nper_page: 0\ncategory_dir: cats/\npagination_dir: p\nfilename_case: 1\nlanguage: [en, zh-CN]\n',
      'blog',
    );
    expect(config).toMatchObject({ site: 'http://example.com', base: '/', lang: 'en', contentDir: 'blog/source/_posts' });
    expect(config.hexoUrls).toEqual({ categoryDir: 'cats', paginationDir: 'p', filenameCase: 1 });
    expect(notes).toEqual([
      expect.stringMatching(/^per_page: 0/),
      'category_dir: cats: those pages are under /categories/ here; their old addresses get redirect pages.',
      'pagination_dir: p: those pages are under /page/ here; their old addresses get redirect pages.',
    ]);
    expect(resolveConfig(config).hexoUrls).toEqual({ categoryDir: 'cats', tagDir: 'tags', archiveDir: 'archives', paginationDir: 'p', filenameCase: 1, defaultCategory: 'uncategorized' });
  });

  test('refuses a file that is not a mapping', () => {
    expect(() => readHexoConfig('- a\n- b\n', 'blog')).toThrow(/not a mapping/);
  });
});
