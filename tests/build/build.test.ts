import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, digestOutput, type FixtureBuild } from './build-site.ts';
import { sameImageUrl } from '../../src/lib/html/same-image-url.ts';
import { readPage } from './html.ts';

const ARCHIVE = 'tests/fixtures/archive';
const fileCount = countMarkdown(path.resolve(ARCHIVE));
/** The archive holds one draft and one article dated in 2100: neither is published. */
const articleCount = fileCount - 2;

let build: FixtureBuild;
let rebuild: FixtureBuild;
let firstOutput: Map<string, string>;

beforeAll(() => {
  build = buildFixture({ contentDir: ARCHIVE });
  firstOutput = digestOutput(build.outDir);
  rebuild = buildFixture({ contentDir: ARCHIVE, reuse: build });
});

describe('building the fixture archive', () => {
  test('succeeds and accounts for every file in its summary', () => {
    expect(build.status, build.log).toBe(0);
    expect(build.log).toContain(
      `${fileCount} files read in ${ARCHIVE}: ${articleCount} published, 1 drafts, 1 future-dated, 0 skipped with errors`,
    );
    expect(build.log).toContain(`(${fileCount} processed, 0 unchanged since the last build)`);
  });

  test('writes one page per article, none overwriting another', () => {
    const pages = articlePages(build.outDir);
    expect(pages).toHaveLength(articleCount);
    const titles = pages.map((file) => toString(select('h1', readPage(file))!));
    expect(titles.filter((title) => title === '快手切断淘宝京东外链，大搞品牌电商闭环？')).toHaveLength(2);
  });

  test('resolves two articles with one permalink to two URLs and says so', () => {
    expect(existsSync(path.join(build.outDir, '2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/index.html'))).toBe(true);
    expect(existsSync(path.join(build.outDir, '2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？-2/index.html'))).toBe(true);
    // Same date: the smaller source path (快讯 sorts before 资讯) keeps the permalink, the other is told why.
    expect(build.log).toMatch(
      /资讯\/快手切断淘宝京东外链，大搞品牌电商闭环？\.md: front matter `permalink`: .*快讯\/快手切断淘宝京东外链，大搞品牌电商闭环？\.md wants the same permalink/,
    );
  });

  test('publishes bodies without scripts, event handlers or inline styles', () => {
    for (const file of articlePages(build.outDir)) {
      const body = select('.prose', readPage(file))!;
      expect(selectAll('script, style, [style]', body), file).toEqual([]);
      for (const element of selectAll('*', body)) {
        const handlers = Object.keys(element.properties).filter((name) => /^on/i.test(name));
        expect(handlers, file).toEqual([]);
      }
    }
  });

  test('makes body images lazy but the first, sized and referrer-free', () => {
    const seed = readPage(path.join(build.outDir, '2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/index.html'));
    const images = selectAll('.prose img', seed);
    expect(images.length).toBeGreaterThan(1);
    expect(images.map((image) => image.properties.loading)).toEqual(['eager', ...images.slice(1).map(() => 'lazy')]);
    for (const image of images) {
      expect(image.properties.width).toBeDefined();
      expect(image.properties.referrerPolicy).toBe('no-referrer');
    }
  });

  test('shows an article\'s cover picture once, and marks at most one image of a page for high priority', () => {
    let covers = 0;
    for (const file of articlePages(build.outDir)) {
      const page = readPage(file);
      expect(selectAll('[fetchpriority]', page).length, file).toBeLessThanOrEqual(1);
      const cover = select('.cover img', page);
      if (!cover) continue;
      covers++;
      const bodyImages = selectAll('.prose img', page).map((image) => String(image.properties.src));
      expect(bodyImages.filter((src) => sameImageUrl(src, String(cover.properties.src))), file).toEqual([]);
    }
    expect(covers).toBeGreaterThan(0);
  });

  test('never lists an article\'s older or newer neighbour again among its related articles', () => {
    let related = 0;
    for (const file of articlePages(build.outDir)) {
      const page = readPage(file);
      const neighbours = selectAll('.article-nav a', page).map((link) => String(link.properties.href));
      const offered = selectAll('.related a', page).map((link) => String(link.properties.href));
      related += offered.length;
      expect(offered.filter((href) => neighbours.includes(href)), file).toEqual([]);
      expect(new Set(offered).size, file).toBe(offered.length);
    }
    expect(related).toBeGreaterThan(0);
  });

  test('ends every page with its document: nothing after </html>', () => {
    const pages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(articleCount);
    for (const name of pages) {
      const html = readFileSync(path.join(build.outDir, name), 'utf8');
      expect(html.trimEnd().endsWith('</html>') && html.indexOf('</html>') === html.lastIndexOf('</html>'), name).toBe(true);
    }
  });

  test('marks an English article as English, and leaves a Chinese one in the site\'s language', () => {
    const english = readPage(path.join(build.outDir, "2021/03/'Do Not Split'_ A Hong Kong protest film _video_/index.html"));
    expect(select('article.article', english)!.properties.lang).toBe('en');
    const chinese = readPage(path.join(build.outDir, '2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/index.html'));
    expect(select('article.article', chinese)!.properties.lang).toBeUndefined();
    expect(select('html', chinese)!.properties.lang).toBe('zh-CN');
  });

  test('shows the article metadata a reader expects', () => {
    const seed = readPage(path.join(build.outDir, '2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/index.html'));
    expect(select('html', seed)!.properties.lang).toBe('zh-CN');
    expect(select('time', seed)!.properties.dateTime).toBe('2022-02-23T09:50:30.000Z');
    expect(toString(select('time', seed)!)).toBe('2022年2月23日 17:50');
    expect(toString(select('.breadcrumb', seed)!)).toContain('新媒体');
    expect(toString(select('.article-meta', seed)!)).toContain('36kr');
    expect(toString(select('.prose', seed)!)).toContain('快手断外链了！');
  });

  test('lists the newest articles on the home page, 20 per later page and the rest on the first', () => {
    const pages = Math.max(1, Math.floor(articleCount / 20));
    const home = readPage(path.join(build.outDir, 'index.html'));
    expect(selectAll('.article-card', home)).toHaveLength(articleCount - (pages - 1) * 20);
    for (let number = 2; number <= pages; number++) {
      const later = readPage(path.join(build.outDir, `page/${number}/index.html`));
      expect(selectAll('.article-card', later)).toHaveLength(20);
      expect(select('a[rel=prev]', later)!.properties.href).toBe(number === 2 ? '/' : `/page/${number - 1}/`);
    }
    expect(existsSync(path.join(build.outDir, `page/${pages + 1}/index.html`))).toBe(false);
    const dates = selectAll('.article-card time', home).map((time) => String(time.properties.dateTime));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('links every home-page entry to a page that exists', () => {
    const home = readPage(path.join(build.outDir, 'index.html'));
    for (const link of selectAll('.article-card h2 a', home)) {
      const href = decodeURIComponent(String(link.properties.href));
      expect(existsSync(path.join(build.outDir, href, 'index.html')), href).toBe(true);
    }
  });

  test('reuses every unchanged article on the next build', () => {
    expect(rebuild.status, rebuild.log).toBe(0);
    expect(rebuild.log).toContain(`(0 processed, ${fileCount} unchanged since the last build)`);
    const reuse = /Search index: \d+ pages in (\d+) shard\(s\) \((\d+) indexed(?: \([\d.]+ [KM]iB\))?, (\d+) unchanged and reused\)/.exec(rebuild.log);
    expect(reuse, rebuild.log).not.toBeNull();
    expect(Number(reuse![2])).toBe(0);
    expect(Number(reuse![3])).toBe(Number(reuse![1]));
    expect(articlePages(rebuild.outDir)).toHaveLength(articleCount);
  });

  test('keeps no article text in Astro\'s content store, which every build serializes, bundles and compiles', () => {
    const store = readFileSync(path.join(build.cacheDir, 'data-store.json'), 'utf8');
    const titles = articlePages(build.outDir).map((file) => toString(select('h1', readPage(file))!));
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(store, title).not.toContain(JSON.stringify(title));
    // Ids, digests and record keys only: a few hundred bytes an article, whatever its length.
    expect(store.length / fileCount).toBeLessThan(600);
  });

  test('leaves unchanged pages in place, byte for byte what a full build writes', () => {
    // "cached": Astro found the page of the previous build in the output folder, neither rendered nor copied it.
    expect(rebuild.log).toMatch(/\/2022\/02\/快手切断淘宝京东外链，大搞品牌电商闭环？\/index\.html \(cached\)/);
    expect(digestOutput(rebuild.outDir)).toEqual(firstOutput);
  });
});

function countMarkdown(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).length;
}

function articlePages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => path.join(outDir, name))
    .filter((file) => readFileSync(file, 'utf8').includes('class="article"'));
}
