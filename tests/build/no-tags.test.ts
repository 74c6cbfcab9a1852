import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-site.ts';
import { readPage } from './html.ts';

// Two articles of the fixture archive that have no tags.
const INCLUDE = '设计/**/A*.md';
let build: FixtureBuild;

beforeAll(() => {
  build = buildFixture({ contentDir: 'tests/fixtures/archive', env: { CLIPPINGS_INCLUDE: INCLUDE } });
});

afterAll(() => build && rmSync(path.dirname(build.outDir), { recursive: true, force: true }));

describe('an archive without tags', () => {
  test('builds, with its articles', () => {
    expect(build.status, build.log).toBe(0);
    expect(build.log).toContain('2 published');
  });

  test('has no tag index, which neither the sitemap nor any page links to', () => {
    expect(existsSync(path.join(build.outDir, 'tags'))).toBe(false);
    const sitemaps = readdirSync(build.outDir).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readFileSync(path.join(build.outDir, name), 'utf8')).not.toContain('/tags/');
    const pages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const name of pages) {
      const links = selectAll('a[href]', readPage(path.join(build.outDir, name))).map((link) => String(link.properties.href));
      expect(links.filter((href) => href.includes('/tags/')), name).toEqual([]);
    }
  });
});
