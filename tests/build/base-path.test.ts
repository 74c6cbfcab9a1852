import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../security/scan-output.ts';
import { buildFixture, type FixtureBuild } from './build-site.ts';
import { readPage } from './html.ts';

const BASE = '/archive/';
const SITE = 'https://example.org';
let build: FixtureBuild;
let files: string[];

/** The file that serves a URL path below the base: `/archive/a/` is `dist/a/index.html`. */
function fileOf(pathname: string): string {
  const below = decodeURIComponent(pathname.slice(BASE.length - 1));
  return path.join(build.outDir, below.endsWith('/') ? `${below}index.html` : below);
}

beforeAll(() => {
  build = buildFixture({ contentDir: 'tests/fixtures/archive', env: { CLIPPINGS_BASE: BASE, CLIPPINGS_SITE: SITE } });
  expect(build.status, build.log).toBe(0);
  files = listFiles(build.outDir);
});

afterAll(() => build && rmSync(path.dirname(build.outDir), { recursive: true, force: true }));

describe(`a site served under ${BASE}`, () => {
  test('links every page, stylesheet, script, image and form below the base, to files that exist', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const tree = readPage(path.join(build.outDir, file));
      for (const element of selectAll('a[href], link[href], img[src], script[src], form[action]', tree)) {
        const target = String(element.properties.href ?? element.properties.src ?? element.properties.action);
        if (/^(mailto:|#|data:)/.test(target) || (/^https?:/.test(target) && !target.startsWith(SITE))) continue;
        const url = new URL(target, `${SITE}${BASE}${file}`);
        checked++;
        if (!url.pathname.startsWith(BASE)) wrong.push(`${file} → ${target} (outside ${BASE})`);
        else if (!existsSync(fileOf(url.pathname))) wrong.push(`${file} → ${target} (no such file)`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  test('puts the base in feeds, the sitemap, canonical URLs and the search index', () => {
    for (const file of files.filter((name) => name.endsWith('.xml'))) {
      const xml = readFileSync(path.join(build.outDir, file), 'utf8');
      for (const [, url] of xml.matchAll(/<(?:link|loc)>([^<]+)<\/(?:link|loc)>/g)) {
        expect(url!.startsWith(`${SITE}${BASE}`), `${file}: ${url}`).toBe(true);
      }
    }
    const shards = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/shards.json'), 'utf8')).shards as { id: string }[];
    expect(shards.length).toBeGreaterThan(0);
    // Result URLs come from the search documents' paths, which are the articles' own addresses.
    const fragments = listFiles(path.join(build.outDir, 'pagefind', shards[0]!.id, 'fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const fragment of fragments) {
      const data = JSON.parse(gunzipSync(readFileSync(path.join(build.outDir, 'pagefind', shards[0]!.id, 'fragment', fragment))).subarray('pagefind_dcd'.length).toString('utf8'));
      expect(data.url.startsWith(BASE), data.url).toBe(true);
      expect(existsSync(fileOf(data.url)), data.url).toBe(true);
    }
  });
});
