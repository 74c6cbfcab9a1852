import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BODY_VECTORS, TEXT_VECTORS } from '../security/hostile-vectors.ts';
import { listFiles, readText, scanHtml, type Finding } from '../security/scan-output.ts';
import { writeHostileArchive, type HostileArchive } from '../security/write-hostile-archive.ts';
import { buildFixture, readSummary, type FixtureBuild } from './build-site.ts';
import { readPage } from './html.ts';

let archive: HostileArchive;
let contentDir: string;
let build: FixtureBuild;
let files: string[];

beforeAll(() => {
  contentDir = mkdtempSync(path.join(os.tmpdir(), 'clippings-hostile-'));
  archive = writeHostileArchive(contentDir);
  build = buildFixture({ contentDir, env: { CLIPPINGS_LENIENT: '1' } });
  expect(build.status, build.log).toBe(0);
  files = listFiles(build.outDir);
});

afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

describe('a build of the hostile archive', () => {
  test(`carries ${BODY_VECTORS.length} body vectors and ${TEXT_VECTORS.length} front-matter vectors, and loses no article silently`, () => {
    const summary = readSummary(build.log);
    expect(summary, build.log).toBeDefined();
    const { read, published, drafts, future, skipped } = summary!;
    expect(read).toBe(archive.files);
    expect(published + drafts + future + skipped).toBe(read);
    // Only articles with a `javascript:`/`data:` image URL in their front matter are refused, each one named.
    expect(skipped).toBe(archive.invalid.length);
    for (const file of archive.invalid) expect(build.log).toMatch(new RegExp(`skipped: .*${file}:\\d+: front matter \`headimg\`: expected an http\\(s\\) URL`));
    const articlePages = files.filter((file) => file.endsWith('index.html') && readText(build.outDir, file).includes('"@type":"NewsArticle"'));
    expect(articlePages.length).toBe(published);
  });

  test('writes nothing outside its output folder, whatever the permalinks say', () => {
    expect(existsSync('/tmp/clippings-escaped')).toBe(false);
    expect(existsSync(path.join(path.dirname(build.outDir), 'escaped'))).toBe(false);
  });

  test('has no page with anything that could run, load or redirect', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const findings: Finding[] = pages.flatMap((file) => scanHtml(readText(build.outDir, file), file));
    expect(findings).toEqual([]);
  });

  test('has well-formed feeds and sitemaps whose article content is as clean as the pages', () => {
    const xmlFiles = files.filter((file) => file.endsWith('.xml'));
    expect(xmlFiles.length).toBeGreaterThan(10);
    const parser = new XMLParser({ processEntities: true, htmlEntities: false });
    const findings: Finding[] = [];
    for (const file of xmlFiles) {
      const xml = readText(build.outDir, file);
      expect(XMLValidator.validate(xml), file).toBe(true);
      const items = [parser.parse(xml).rss?.channel?.item ?? []].flat() as Record<string, unknown>[];
      for (const item of items) {
        for (const field of ['description', 'content:encoded']) {
          if (typeof item[field] === 'string') findings.push(...scanHtml(item[field], `${file} <${field}>`, { fragment: true }));
        }
        // A title is text: once parsed it may read "<script>", but it must not have been markup in the file.
        expect(typeof item.title === 'string' || typeof item.title === 'number', `${file}: ${JSON.stringify(item.title)}`).toBe(true);
      }
    }
    expect(findings).toEqual([]);
  });

  test('shows every front-matter vector as the text it is, on its article page', () => {
    for (const vector of TEXT_VECTORS) {
      const file = files.find((name) => name.endsWith(`/text-${vector.id}/index.html`));
      expect(file, vector.id).toBeDefined();
      const page = readPage(path.join(build.outDir, file!));
      expect(toString(select('h1', page)!), vector.id).toBe(vector.payload.trim());
      expect(toString(select('title', page)!), vector.id).toContain(vector.payload.trim());
      expect(select('meta[name=description]', page)!.properties.content, vector.id).toBe(vector.payload.trim());
      // The breadcrumb and tag list show the category and the tag as text too.
      expect(selectAll('a', page).map((link) => toString(link))).toEqual(expect.arrayContaining([vector.payload.trim()]));
    }
  });
});
