import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-site.ts';

const HEXO_SITE = 'tests/fixtures/hexo-site';
let build: FixtureBuild;
const file = (url: string) => path.join(build.outDir, url, url.endsWith('/') ? 'index.html' : '');

beforeAll(() => {
  // The content folder comes from the Hexo site (source/_posts); CLIPPINGS_CONTENT_DIR would override it.
  build = buildFixture({ contentDir: '', env: { CLIPPINGS_HEXO_SITE: HEXO_SITE } });
  expect(build.status, build.log).toBe(0);
});

afterAll(() => build && rmSync(path.dirname(build.outDir), { recursive: true, force: true }));

describe('pointing Clippings at a Hexo site', () => {
  test("keeps its article URLs: its permalink pattern, below its root", () => {
    expect(existsSync(file('/2022/02/23/快手切断淘宝京东外链，大搞品牌电商闭环？/'))).toBe(true);
    const html = readFileSync(file('/2022/02/23/快手切断淘宝京东外链，大搞品牌电商闭环？/'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://blog.example.com/blog/2022/02/23/');
    expect(html).toContain('<title>快手切断淘宝京东外链，大搞品牌电商闭环？ - 老博客</title>');
  });

  test('keeps its category and tag URLs through category_map and tag_map, and its page size', () => {
    expect(existsSync(file('/categories/new-media/36kr/资讯/'))).toBe(true);
    expect(existsSync(file('/categories/programming/'))).toBe(true);
    expect(existsSync(file('/tags/invest/'))).toBe(true);
    expect(existsSync(file('/page/2/'))).toBe(true);
    expect(existsSync(file('/page/3/'))).toBe(false);
  });
});
