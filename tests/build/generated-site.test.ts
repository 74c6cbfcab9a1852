import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

describe('the same archive rebuilt after an article of its oldest year was edited', () => {
  let rebuilt: FixtureBuild;
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
    expect(rebuilt.status, rebuilt.log).toBe(0);
    expect(rebuilt.log).toMatch(/\(1 indexed \([\d.]+ [KM]iB\), [1-9]\d* unchanged and reused\)/);
  });

  test('leaves the output folder as a clean build of the same files makes it', () => {
    expect(clean!.status, clean!.log).toBe(0);
    expect(digestOutput(rebuilt.outDir)).toEqual(digestOutput(clean!.outDir));
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}
