import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import matter from 'gray-matter';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-site.ts';
import { readPage } from './html.ts';
import { hasJava, validateHtml } from './validate-html.ts';
import { feedparserPython, hasXmllint, readWithFeedparser, sitemapSchemas, validateWithXmllint } from './feed-clients.ts';

const ARCHIVE = 'tests/fixtures/archive';
const root = path.resolve(import.meta.dirname, '../..');

/** The fixture's published articles, read independently of the code under test. */
const published = readdirSync(path.join(root, ARCHIVE), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => matter(readFileSync(path.join(root, ARCHIVE, name), 'utf8').trimStart(), {}).data)
  .filter((data) => data.draft !== true && new Date(data.date) < new Date())
  .map((data) => ({
    title: String(data.title),
    categories: (data.categories as string[]).map(String),
    tags: ((data.tags as string[] | undefined) ?? []).map(String),
    date: new Date(data.date),
  }));

let build: FixtureBuild;
const page = (urlPath: string) => readPage(fileOf(urlPath));
const fileOf = (urlPath: string) => {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return path.join(build.outDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
};
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

beforeAll(() => {
  // Small pages, so that pagination shows on a 38-article archive.
  build = buildFixture({ contentDir: ARCHIVE, env: { CLIPPINGS_PAGE_SIZE: '5' } });
  expect(build.status, build.log).toBe(0);
});

describe('browsing pages', () => {
  test('exist for the tree, every category, tag, year and month', () => {
    for (const url of ['/categories/', '/tags/', '/archives/', '/rss.xml', '/robots.txt', '/sitemap-index.xml', '/404.html']) {
      expect(existsSync(fileOf(url)), url).toBe(true);
    }
    expect(existsSync(fileOf('/categories/新媒体/36kr/资讯/'))).toBe(true);
    expect(existsSync(fileOf('/categories/新媒体/36kr/资讯/rss.xml'))).toBe(true);
    expect(existsSync(fileOf('/tags/投资/'))).toBe(true);
    expect(existsSync(fileOf('/tags/投资/rss.xml'))).toBe(true);
    expect(existsSync(fileOf('/archives/2022/'))).toBe(true);
    expect(existsSync(fileOf('/archives/2022/02/'))).toBe(true);
  });

  test('have every internal link and image resolve to a file in dist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of listFiles(build.outDir).filter((name) => name.endsWith('.html'))) {
      const tree = readPage(file);
      for (const element of selectAll('a[href], link[href], img[src], script[src]', tree)) {
        const target = String(element.properties.href ?? element.properties.src);
        if (/^(https?:|mailto:|#|data:)/.test(target) || target.startsWith('//')) continue;
        const resolved = new URL(target, `http://site${path.posix.join('/', path.relative(build.outDir, file))}`);
        checked++;
        if (!existsSync(fileOf(resolved.pathname))) broken.push(`${path.relative(build.outDir, file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  test('count on the tree, at every node, the articles filed there or below', () => {
    const tree = page('/categories/');
    const nodes = selectAll('.category-tree a', tree);
    expect(nodes.length).toBeGreaterThan(10);
    for (const link of nodes) {
      const names = decodeURIComponent(String(link.properties.href)).split('/').filter(Boolean).slice(1);
      const expected = published.filter((article) => names.every((name, i) => article.categories[i] === name)).length;
      const count = Number(toString(select('.count', parentOf(tree, link))!));
      expect(count, names.join(' › ')).toBe(expected);
    }
    const media = published.filter((article) => article.categories[0] === '新媒体').length;
    expect(toString(page('/categories/新媒体/')).includes(`共 ${media} 篇文章`)).toBe(true);
  });

  test('title every category page apart, and say "含子分类" only where there are subcategories', () => {
    const pages = readdirSync(path.join(build.outDir, 'categories'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('index.html') && !name.includes('/page/') && name !== 'index.html')
      .map((name) => readPage(path.join(build.outDir, 'categories', name)));
    expect(pages.length).toBeGreaterThan(5);
    const titles = pages.map((tree) => toString(select('title', tree)!));
    expect(new Set(titles).size).toBe(titles.length);
    const headings = pages.map((tree) => toString(select('h1', tree)!));
    expect(new Set(headings).size).toBe(headings.length);
    for (const tree of pages) {
      const hasChildren = select('nav.subcategories', tree) !== undefined;
      expect(toString(select('.page-intro', tree)!).includes('含子分类'), toString(select('h1', tree)!)).toBe(hasChildren);
    }
  });

  test('list a category with its descendants, newest first, paginated with rel links', () => {
    const media = published.filter((article) => article.categories[0] === '新媒体').sort((a, b) => +b.date - +a.date);
    const first = page('/categories/新媒体/');
    expect(select('link[rel=next]', first)!.properties.href).toBe(`/categories/${encodeURIComponent('新媒体')}/page/2/`);
    // Later pages are full; page 1 holds the rest (what keeps later pages as they were when an article is added).
    const last = Math.floor(media.length / 5);
    const onFirst = media.length - (last - 1) * 5;
    expect(selectAll('.article-card h2', first).map((h) => toString(h))).toEqual(media.slice(0, onFirst).map((a) => a.title));
    const second = page('/categories/新媒体/page/2/');
    expect(selectAll('.article-card h2', second).map((h) => toString(h))).toEqual(media.slice(onFirst, onFirst + 5).map((a) => a.title));
    expect(existsSync(fileOf(`/categories/新媒体/page/${last}/`))).toBe(true);
    expect(existsSync(fileOf(`/categories/新媒体/page/${last + 1}/`))).toBe(false);
    expect(select('link[rel=prev]', second)!.properties.href).toBe(`/categories/${encodeURIComponent('新媒体')}/`);
    expect(toString(select('.breadcrumb', second)!)).toContain('全部分类');
  });

  test('list every tag with its count, and its articles on its page', () => {
    const index = page('/tags/');
    const invest = published.filter((article) => article.tags.includes('投资')).length;
    const entry = selectAll('.tag-index li', index).find((li) => toString(select('a', li)!) === '投资')!;
    expect(Number(toString(select('.count', entry)!))).toBe(invest);
    const tagPages = Math.max(1, Math.floor(invest / 5));
    const listed = Array.from({ length: tagPages }, (_, i) => page(i === 0 ? '/tags/投资/' : `/tags/投资/page/${i + 1}/`));
    expect(listed.flatMap((p) => selectAll('.article-card', p))).toHaveLength(invest);
    expect(existsSync(fileOf('/tags/C#/'))).toBe(false);
    expect(existsSync(fileOf('/tags/C_/'))).toBe(true);
  });

  test('file articles by year and month in the site time zone', () => {
    const february = published.filter((a) => a.date.toISOString().startsWith('2022-02')).length;
    expect(toString(page('/archives/2022/02/'))).toContain(`共 ${february} 篇文章`);
    const months = toString(select('.archive-years', page('/archives/'))!);
    expect(months).toContain('2022 年');
    expect(months).toContain('2021 年');
  });

  test('leave drafts and future-dated articles out of pages, feeds and the sitemap', () => {
    const everything = listFiles(build.outDir)
      .filter((name) => /\.(html|xml)$/.test(name))
      .map((name) => readFileSync(name, 'utf8'))
      .join('\n');
    for (const text of ['未发布的草稿', '来自未来的文章', '草稿标签', '未来标签']) expect(everything).not.toContain(text);
  });
});

describe('every page kind', () => {
  // Home, every article (Markdown and scraped HTML bodies, one with a video), categories (root and leaf), tags and the tag
  // index, years, months, search and 404: what the Nu HTML Checker finds wrong in any of them.
  test.skipIf(!hasJava)('validates with the Nu HTML Checker, without one error (needs a Java runtime)', () => {
    const pages = [
      '/', '/page/2/', '/404.html', '/search/', '/tags/', '/tags/page/2/', '/tags/游戏/', '/archives/', '/archives/2022/', '/archives/2022/02/',
      '/categories/', '/categories/新媒体/', '/categories/新媒体/36kr/资讯/',
      '/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/', "/2021/03/'Do Not Split'_ A Hong Kong protest film _video_/", '/2022/07/Halo Infinite_ Trailer/',
    ].map(fileOf).filter((file) => existsSync(file));
    expect(pages.length).toBeGreaterThanOrEqual(14);
    const articles = listFiles(build.outDir).filter((file) => file.endsWith('index.html') && readFileSync(file, 'utf8').includes('class="article"'));
    expect(validateHtml([...pages, ...articles])).toEqual([]);
  });
});

describe('article pages', () => {
  const seed = () => page('/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/');

  test('link to their categories, tags, neighbours in time and related articles', () => {
    const article = seed();
    expect(selectAll('.breadcrumb a', article).map((a) => toString(a))).toEqual(['新媒体', '36kr', '快讯']);
    expect(selectAll('.tag-list a', article).map((a) => toString(a))).toEqual(['#快手', '#电商', '#直播']);
    expect(select('.article-nav a[rel=prev]', article)).toBeDefined();
    expect(select('.article-nav a[rel=next]', article)).toBeDefined();
    // Its neighbours in time are its only candidates here (the page links them already): related articles are
    // checked on every page in build.test.ts.
    const related = selectAll('.related a', article).map((a) => toString(a));
    expect(related.length).toBeLessThanOrEqual(5);
  });

  test('carry canonical, OpenGraph, Twitter and NewsArticle metadata', () => {
    const article = seed();
    expect(select('link[rel=canonical]', article)!.properties.href).toMatch(/^https:\/\/clippings\.example\.com\/2022\/02\//);
    expect(select('meta[property="og:image"]', article)!.properties.content).toMatch(/^https:\/\/img\.36krcdn\.com\//);
    expect(select('meta[name="twitter:card"]', article)!.properties.content).toBe('summary_large_image');
    const jsonLd = JSON.parse(toString(select('script[type="application/ld+json"]', article)!));
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(jsonLd.headline).toBe('快手切断淘宝京东外链，大搞品牌电商闭环？');
  });

  test('weigh under 50 KB with their CSS and JavaScript, images aside', () => {
    const file = fileOf('/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/');
    const article = readPage(file);
    const assets = [
      ...selectAll('link[rel=stylesheet]', article).map((link) => String(link.properties.href)),
      ...selectAll('script[src]', article).map((script) => String(script.properties.src)),
    ];
    const bytes = statSync(file).size + assets.reduce((sum, asset) => sum + statSync(fileOf(asset)).size, 0);
    console.log(`Article page weight (seed): ${bytes} bytes (HTML + ${assets.length} CSS/JS files)`);
    expect(bytes).toBeLessThan(50 * 1024);
  });
});

describe('feeds', () => {
  test('parse as RSS 2.0 with the newest articles and their full content', () => {
    const text = readFileSync(fileOf('/rss.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const items = xml.parse(text).rss.channel.item;
    expect(items).toHaveLength(Math.min(50, published.length));
    const newest = [...published].sort((a, b) => +b.date - +a.date)[0]!;
    expect(items[0].title).toBe(newest.title);
    expect(items[0]['content:encoded']).toBeTruthy();
    for (const item of items) expect(item.link).toMatch(/^https:\/\/clippings\.example\.com\//);
  });

  test('name their own address and their page, say when they last changed, and stay within 300 KB', () => {
    for (const [url, pagePath] of [
      ['/rss.xml', '/'],
      ['/categories/新媒体/36kr/rss.xml', '/categories/新媒体/36kr/'],
      ['/tags/游戏/rss.xml', '/tags/游戏/'],
    ] as const) {
      const text = readFileSync(fileOf(url), 'utf8');
      expect(Buffer.byteLength(text), url).toBeLessThanOrEqual(300_000);
      const channel = xml.parse(text).rss.channel;
      expect(decodeURI(channel['atom:link']['@_href']), url).toBe(`https://clippings.example.com${url}`);
      expect(channel['atom:link']['@_rel']).toBe('self');
      expect(decodeURI(channel.link), url).toBe(`https://clippings.example.com${pagePath}`);
      // A feed reader's parser (feedsmith, which the importer uses) reads it as RSS with every item.
      const read = parseFeed(text) as { format: string; feed: { items?: unknown[]; atom?: { links?: { rel?: string }[] } } };
      expect(read.format, url).toBe('rss');
      expect(read.feed.items, url).toHaveLength(channel.item.length);
      const newest = Math.max(...channel.item.map((item: { pubDate: string }) => Date.parse(item.pubDate)));
      expect(Date.parse(channel.lastBuildDate), url).toBeGreaterThanOrEqual(newest);
      for (const item of channel.item) {
        const body = String(item['content:encoded'] ?? '');
        expect(body, url).not.toMatch(/\s(loading|decoding|fetchpriority)=|user-content-/);
      }
    }
  });

  test('hold whole articles up to 300 KB, and excerpts beyond', () => {
    const items = xml.parse(readFileSync(fileOf('/rss.xml'), 'utf8')).rss.channel.item;
    const whole = items.filter((item: Record<string, unknown>) => item['content:encoded']).length;
    expect(whole).toBeGreaterThan(0);
    for (const item of items) expect(String(item.description).length).toBeGreaterThan(0);
  });

  test('escape untrusted titles', () => {
    const text = readFileSync(fileOf('/rss.xml'), 'utf8');
    const titles = xml.parse(text).rss.channel.item.map((item: { title: string }) => String(item.title));
    expect(titles).toContain('17173&TalkingData：2020游戏研发力量调查报告（附下载）');
    expect(text).toContain('<title>17173&amp;TalkingData');
  });

  test('exist per category and per tag, holding only their articles', () => {
    for (const [url, belongs] of [
      ['/categories/新媒体/36kr/rss.xml', (a: (typeof published)[number]) => a.categories[1] === '36kr'],
      ['/tags/游戏/rss.xml', (a: (typeof published)[number]) => a.tags.includes('游戏')],
    ] as const) {
      const text = readFileSync(fileOf(url), 'utf8');
      expect(XMLValidator.validate(text), url).toBe(true);
      const titles = xml.parse(text).rss.channel.item.map((item: { title: string }) => String(item.title)).sort();
      expect(titles, url).toEqual(published.filter(belongs).map((a) => a.title).sort().slice(0, 20));
    }
  });

  test('are listed in the sitemap index, with robots.txt pointing at it', () => {
    expect(readFileSync(fileOf('/robots.txt'), 'utf8')).toContain('Sitemap: https://clippings.example.com/sitemap-index.xml');
    const index = readFileSync(fileOf('/sitemap-index.xml'), 'utf8');
    expect(XMLValidator.validate(index)).toBe(true);
    const urls = readSitemapEntries(build.outDir).map((entry) => entry.loc);
    expect(urls.length).toBeGreaterThan(published.length);
    expect(urls.some((url) => url.includes('404'))).toBe(false);
    expect(urls.some((url) => new URL(url).pathname === '/search/')).toBe(false);
  });

  test('list sitemap URLs in the order @astrojs/sitemap has always given them', () => {
    // patches/ replaces the integration's per-comparison localeCompare with one collator (7.5 s of a rebuild at
    // 100,000 articles); the order must stay the one localeCompare gives, across the numbered sitemap files.
    const urls = readSitemapEntries(build.outDir).map((entry) => entry.loc);
    const byLocaleCompare = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(urls).toEqual(byLocaleCompare);
    // The fixture's URLs tell the two orders apart (percent-encoded tags, numbered pages), so the check has teeth.
    expect([...urls].sort()).not.toEqual(byLocaleCompare);
  });

  test.skipIf(!feedparserPython)('read cleanly with feedparser, every one of them (needs python3-feedparser)', () => {
    const feeds = listFiles(build.outDir).filter((file) => file.endsWith('.xml') && !/sitemap-/.test(path.basename(file)));
    expect(feeds.length).toBeGreaterThan(3);
    for (const feed of readWithFeedparser(feeds)) {
      // bozo: feedparser met something a strict reader rejects (not well-formed XML, an undeclared entity, a wrong type).
      expect({ file: feed.file, bozo: feed.bozo, exception: feed.exception }).toEqual({ file: feed.file, bozo: false, exception: undefined });
      expect(feed.version, feed.file).toBe('rss20');
      expect(feed.entries, feed.file).toBeGreaterThan(0);
      expect(feed.title, feed.file).not.toBe('');
      expect(feed.link, feed.file).toMatch(/^https:\/\/clippings\.example\.com\//);
    }
  });

  test.skipIf(!hasXmllint)('keep to the sitemap protocol, as xmllint checks it (needs libxml2-utils)', () => {
    const sitemaps = listFiles(build.outDir).filter((file) => /sitemap-\d+\.xml$/.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    expect(validateWithXmllint(sitemaps, sitemapSchemas.urlset)).toEqual([]);
    expect(validateWithXmllint([fileOf('/sitemap-index.xml')], sitemapSchemas.sitemapindex)).toEqual([]);
  });

  test('date every article in the sitemap, and the home page by the latest of them', () => {
    const entries = readSitemapEntries(build.outDir);
    const articles = entries.filter((entry) => readFileSync(fileOf(new URL(entry.loc).pathname), 'utf8').includes('class="article"'));
    expect(articles).toHaveLength(published.length);
    for (const entry of articles) {
      expect(entry.lastmod, entry.loc).toBeDefined();
      expect(Number.isNaN(Date.parse(entry.lastmod!)), entry.loc).toBe(false);
      expect(Date.parse(entry.lastmod!)).toBeLessThanOrEqual(Date.now());
    }
    const latest = Math.max(...articles.map((entry) => Date.parse(entry.lastmod!)));
    expect(Date.parse(entries.find((entry) => new URL(entry.loc).pathname === '/')!.lastmod!)).toBe(latest);
  });
});

/** Every `<url>` of the numbered sitemap files, in the files' order (sitemap-0.xml, sitemap-1.xml, …). */
function readSitemapEntries(dir: string): { loc: string; lastmod?: string }[] {
  const numberOf = (file: string) => Number(/-(\d+)\.xml$/.exec(file)![1]);
  return listFiles(dir)
    .filter((file) => /sitemap-\d+\.xml$/.test(file))
    .sort((a, b) => numberOf(a) - numberOf(b))
    .flatMap((file) => [].concat(xml.parse(readFileSync(file, 'utf8')).urlset.url));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.startsWith('.prerender'))
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** The nearest `li` around an element: where the tree shows a node's count. */
function parentOf(tree: ReturnType<typeof readPage>, target: unknown) {
  return selectAll('li', tree)
    .filter((li) => selectAll('a', li)[0] === target)
    .at(0)!;
}
