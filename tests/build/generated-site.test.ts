import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import matter from 'gray-matter';
import { listArticleFiles } from '../../src/content/article-files.ts';
import { buildFixture, digestOutput, type FixtureBuild } from './build-site.ts';
import { feedparserPython, hasXmllint, readWithFeedparser, sitemapSchemas, validateWithXmllint } from './feed-clients.ts';
import { hasJava, validateHtml } from './validate-html.ts';

// The fixture archive is hand-picked; a generated one brings the cases nobody picked: bodies from every template of the
// generator (tables, embeds, images of every size, long runs, Markdown and scraped HTML), categories sharing leaf
// names, years with and without articles. Every page it yields must be valid HTML and every feed readable.
const ARTICLES = 300;
const SEED = 23;
// Search shards of at most 100 articles, so that an edit replaces one shard of several.
const ENV = { CLIPPINGS_LENIENT: '1', CLIPPINGS_SEARCH_SHARD_SIZE: '100' };

let build: FixtureBuild;
let clean: FixtureBuild | undefined;
let content: string;

beforeAll(async () => {
  content = mkdtempSync(path.join(os.tmpdir(), 'clippings-generated-site-'));
  await generateCorpus({ articles: ARTICLES, seed: SEED, outDir: content, workers: 0 });
  build = buildFixture({ contentDir: content, env: ENV });
  expect(build.status, build.log).toBe(0);
}, 300_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  for (const done of [build, clean]) if (done) rmSync(path.dirname(done.outDir), { recursive: true, force: true });
});

describe(`a generated archive of ${ARTICLES} articles`, () => {
  test.skipIf(!hasJava)('builds pages the Nu HTML Checker finds no error in, every one of them (needs a Java runtime)', () => {
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(ARTICLES);
    expect(validateHtml(pages)).toEqual([]);
  }, 120_000);

  test.skipIf(!feedparserPython)('writes feeds feedparser reads without bozo (needs python3-feedparser)', () => {
    const feeds = listFiles(build.outDir).filter((file) => file.endsWith('/rss.xml'));
    expect(feeds.length).toBeGreaterThan(10);
    const problems = readWithFeedparser(feeds).filter((feed) => feed.bozo || feed.version !== 'rss20' || feed.entries === 0);
    expect(problems).toEqual([]);
  });

  test.skipIf(!hasXmllint)('writes sitemaps xmllint validates against the protocol (needs libxml2-utils)', () => {
    const sitemaps = listFiles(build.outDir).filter((file) => /sitemap-\d+\.xml$/.test(file));
    expect(validateWithXmllint(sitemaps, sitemapSchemas.urlset)).toEqual([]);
    expect(validateWithXmllint([path.join(build.outDir, 'sitemap-index.xml')], sitemapSchemas.sitemapindex)).toEqual([]);
  });
});

let rebuilt: FixtureBuild | undefined;

describe('the same archive rebuilt after an article of its oldest year was edited', () => {
  beforeAll(async () => {
    const files = (await listArticleFiles(content)).sort();
    const oldest = files
      .map((file) => ({ file, date: Date.parse(String(matter(readFileSync(path.join(content, file), 'utf8').trimStart()).data.date)) }))
      .sort((a, b) => a.date - b.date)[0]!.file;
    appendFileSync(path.join(content, oldest), '\n<p>重新构建之前追加的一段。</p>\n');
    rebuilt = buildFixture({ contentDir: content, env: ENV, reuse: build });
    clean = buildFixture({ contentDir: content, env: ENV });
  }, 300_000);

  test('re-indexes one search shard and keeps the others in place', () => {
    expect(rebuilt!.status, rebuilt!.log).toBe(0);
    expect(rebuilt!.log).toMatch(/\(1 indexed \([\d.]+ [KM]iB\), [1-9]\d* unchanged and reused\)/);
  });

  test('leaves the output folder as a clean build of the same files makes it', () => {
    expect(clean!.status, clean!.log).toBe(0);
    expect(digestOutput(rebuilt!.outDir)).toEqual(digestOutput(clean!.outDir));
  });
});

describe('the same archive rebuilt after an article newer than all others was added', () => {
  let added: FixtureBuild;
  let addedClean: FixtureBuild | undefined;
  let pagesBefore: Map<string, number>;
  let data: { title: string; date: string; categories: unknown[]; tags: unknown[] };
  beforeAll(async () => {
    const files = await listArticleFiles(content);
    const newest = files
      .map((file) => matter(readFileSync(path.join(content, file), 'utf8').trimStart()))
      .sort((a, b) => Date.parse(String(b.data.date)) - Date.parse(String(a.data.date)))[0]!;
    // In the newest article's categories and tags, a minute after it: first in every list it joins.
    const date = new Date(Date.parse(String(newest.data.date)) + 60_000).toISOString();
    data = { title: '重新构建前新增的一篇', date, categories: newest.data.categories ?? [], tags: newest.data.tags ?? [] };
    // The edit's rebuild above, or the first build when only this block runs.
    const previous = rebuilt ?? build;
    pagesBefore = countListPages(previous.outDir);
    writeFileSync(path.join(content, 'added-before-rebuild.md'), matter.stringify('<p>新增的一篇文章的正文。</p>\n', data));
    added = buildFixture({ contentDir: content, env: ENV, reuse: previous });
    addedClean = buildFixture({ contentDir: content, env: ENV });
  }, 300_000);

  afterAll(() => {
    if (addedClean) rmSync(path.dirname(addedClean.outDir), { recursive: true, force: true });
  });

  // Page 1 of each list holds what does not fill a page (paginate.ts), so the new article shifts nothing on later
  // pages unless its list's page 1 split into two.
  test('renders no later page of a list again unless the list gained a page', () => {
    expect(added.status, added.log).toBe(0);
    const pagesAfter = countListPages(added.outDir);
    // Astro renders several pages at once (build.concurrency): a rendered page's "├─ path" and its "(+5ms)" can have
    // other pages' paths between them; a kept page's "├─ path (cached)" is written in one go.
    const logged = [...added.log.matchAll(/├─ (\S*?\/index\.html)( \((?:cached|restored)\))?/g)].map(([, file, kept]) => ({ file: file!, cached: kept !== undefined }));
    const laterPages = logged.filter(({ file }) => /\/page\/\d+\/index\.html$/.test(file) && !file.startsWith('/tags/page/'));
    const unsplit = laterPages.filter(({ file }) => pagesAfter.get(listOf(file)) === pagesBefore.get(listOf(file)));
    // The home page's list and the new article's own lists have later pages that must all have been kept.
    expect(unsplit.filter(({ file }) => listOf(file) === '/').length).toBeGreaterThan(3);
    expect(unsplit.filter(({ cached }) => !cached).map(({ file }) => file)).toEqual([]);
    // Page 1 of each list it joins does show it.
    const rendered = logged.filter(({ cached }) => !cached).map(({ file }) => file);
    expect(rendered).toContain('/index.html');
    if (data.categories.length > 0) expect(rendered.some((file) => /^\/categories\/[^/]+\/index\.html$/.test(file))).toBe(true);
  });

  test('leaves the output folder as a clean build of the same files makes it', () => {
    expect(addedClean!.status, addedClean!.log).toBe(0);
    expect(digestOutput(added.outDir)).toEqual(digestOutput(addedClean!.outDir));
  });
});

/** The list a page belongs to: its page 1's path (`/categories/a/page/3/index.html` → `/categories/a/`). */
function listOf(file: string): string {
  return file.replace(/page\/\d+\/index\.html$/, '').replace(/index\.html$/, '');
}

/** How many pages each paginated list of a built site has, by its page 1's path. */
function countListPages(outDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const match = /^(.*?)page\/\d+\/index\.html$/.exec(name.split(path.sep).join('/'));
    if (match) counts.set(`/${match[1]}`, (counts.get(`/${match[1]}`) ?? 1) + 1);
  }
  return counts;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}
