import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { buildFixture, type FixtureBuild } from './build-site.ts';
import { feedparserPython, hasXmllint, readWithFeedparser, sitemapSchemas, validateWithXmllint } from './feed-clients.ts';
import { hasJava, validateHtml } from './validate-html.ts';

// The fixture archive is hand-picked; a generated one brings the cases nobody picked: bodies from every template of the
// generator (tables, embeds, images of every size, long runs, Markdown and scraped HTML), categories sharing leaf
// names, years with and without articles. Every page it yields must be valid HTML and every feed readable.
const ARTICLES = 300;
const SEED = 23;

let build: FixtureBuild;
let content: string;

beforeAll(async () => {
  content = mkdtempSync(path.join(os.tmpdir(), 'clippings-generated-site-'));
  await generateCorpus({ articles: ARTICLES, seed: SEED, outDir: content, workers: 0 });
  build = buildFixture({ contentDir: content, env: { CLIPPINGS_LENIENT: '1' } });
  expect(build.status, build.log).toBe(0);
}, 300_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(path.dirname(build.outDir), { recursive: true, force: true });
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

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}
