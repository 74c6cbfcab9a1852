import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { select } from 'hast-util-select';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-site.ts';
import { readPage } from './html.ts';

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

  test("keeps its category and tag URLs: category_map and tag_map, then Hexo's slugs; and its page size", () => {
    expect(existsSync(file('/categories/new-media/36kr/资讯/'))).toBe(true);
    expect(existsSync(file('/categories/programming/'))).toBe(true);
    expect(existsSync(file('/categories/programming/Hacker-News/分类/'))).toBe(true);
    expect(existsSync(file('/tags/invest/'))).toBe(true);
    expect(existsSync(file('/tags/Web-Dev/'))).toBe(true);
    expect(existsSync(file('/tags/Node-js/'))).toBe(true);
    expect(existsSync(file('/page/2/'))).toBe(true);
    expect(existsSync(file('/page/3/'))).toBe(false);
  });
});

describe('old addresses it cannot keep', () => {
  const redirectOf = (url: string) => {
    const page = readPage(file(url));
    return {
      refresh: select('meta[http-equiv=refresh]', page)?.properties.content,
      canonical: select('link[rel=canonical]', page)?.properties.href,
      robots: select('meta[name=robots]', page)?.properties.content,
    };
  };

  test('an article whose Hexo path held a character Clippings replaces: a redirect page to its new page', () => {
    const newPath = '/2021/05/01/打折 50_ 的 Web Dev 课程/';
    expect(existsSync(file(newPath))).toBe(true);
    const href = `/blog${newPath.split('/').map(encodeURIComponent).join('/')}`;
    expect(redirectOf('/2021/05/01/打折 50% 的 Web Dev 课程/')).toEqual({ refresh: `0; url=${href}`, canonical: `https://blog.example.com${href}`, robots: 'noindex' });
  });

  test("lists under the Hexo site's own tag folder, and the archive's later pages: redirect pages", () => {
    expect(redirectOf('/tag/invest/')).toMatchObject({ refresh: '0; url=/blog/tags/invest/', canonical: 'https://blog.example.com/blog/tags/invest/' });
    expect(redirectOf('/tag/Web-Dev/')).toMatchObject({ refresh: '0; url=/blog/tags/Web-Dev/' });
    expect(redirectOf('/archives/page/2/')).toMatchObject({ refresh: '0; url=/blog/page/2/' });
  });

  test('the build summary counts them and names every old address left without one, with the reason', () => {
    expect(build.log).toMatch(/\d+ redirect pages from old Hexo addresses, 1 old addresses without one/);
    expect(build.log).toContain('/blog/2021/05/01/打折 50% 的 Web Dev 课程/ → /blog/2021/05/01/');
    expect(build.log).toMatch(/no redirect from \/blog\/notes\/c#-tips\/ to \/blog\/notes\/c_-tips\/: a `#` in a link starts a fragment/);
  });

  test('redirect pages stay out of the sitemap and never replace a page', () => {
    const sitemap = readdirSync(build.outDir).filter((name) => name.startsWith('sitemap-') && name !== 'sitemap-index.xml').map((name) => readFileSync(path.join(build.outDir, name), 'utf8')).join('');
    expect(sitemap).toContain('/blog/tags/invest/');
    expect(sitemap).not.toContain('/blog/tag/invest/');
    expect(sitemap).not.toContain('/blog/archives/page/2/');
    expect(readFileSync(file('/page/2/'), 'utf8')).not.toContain('http-equiv="refresh"');
  });
});
