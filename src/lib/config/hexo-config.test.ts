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
    });
    expect(notes).toEqual([]);
    // What it reads is valid configuration.
    expect(resolveConfig(config).base).toBe('/blog/');
  });

  test('reads a site at the root, and notes the settings it cannot honour', () => {
    const { config, notes } = readHexoConfig('url: http://example.com\nroot: /\nper_page: 0\ncategory_dir: cats\nlanguage: [en, zh-CN]\n', 'blog');
    expect(config).toMatchObject({ site: 'http://example.com', base: '/', lang: 'en', contentDir: 'blog/source/_posts' });
    expect(notes).toEqual([expect.stringMatching(/^per_page: 0/), expect.stringMatching(/^category_dir: cats is not supported/)]);
  });

  test('refuses a file that is not a mapping', () => {
    expect(() => readHexoConfig('- a\n- b\n', 'blog')).toThrow(/not a mapping/);
  });
});
