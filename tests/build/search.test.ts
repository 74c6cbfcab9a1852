import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-site.ts';

const ARCHIVE = 'tests/fixtures/archive';
let build: FixtureBuild;
const pagefindDir = () => path.join(build.outDir, 'pagefind');

/** Pagefind's filter files: gzip, a `pagefind_dcd` signature, then CBOR `{ filter: { value: [pages…] } }` pairs. */
function readFilters(bundle: string): Map<string, Map<string, number>> {
  const filters = new Map<string, Map<string, number>>();
  for (const name of readdirSync(path.join(bundle, 'filter'))) {
    const bytes = gunzipSync(readFileSync(path.join(bundle, 'filter', name)));
    const [filter, values] = decode(bytes.subarray('pagefind_dcd'.length)) as [string, [string, number[]][]];
    const counts = filters.get(filter) ?? new Map<string, number>();
    for (const [value, pages] of values) counts.set(value, (counts.get(value) ?? 0) + pages.length);
    filters.set(filter, counts);
  }
  return filters;
}

beforeAll(() => {
  // One shard per year while a year holds fewer articles than the shard size: the fixture makes two.
  build = buildFixture({ contentDir: ARCHIVE });
  expect(build.status, build.log).toBe(0);
});

describe('the search index', () => {
  test('is built by the build, one Pagefind bundle per shard, listed newest first', () => {
    const manifest = JSON.parse(readFileSync(path.join(pagefindDir(), 'shards.json'), 'utf8'));
    expect(manifest.shards.map((shard: { id: string }) => shard.id)).toEqual(['2022', '2021']);
    expect(manifest.shards.reduce((sum: number, shard: { pages: number }) => sum + shard.pages, 0)).toBe(38);
    expect(build.log).toMatch(/Search index: 38 pages in 2 shard\(s\)/);
    expect(build.log).toMatch(/Shard \d\/2 indexed, "2022": \d+ pages, \d+ words, language zh-cn/);
  });

  test('reports that Pagefind segmented the articles as Chinese', () => {
    for (const shard of ['2022', '2021']) {
      const entry = JSON.parse(readFileSync(path.join(pagefindDir(), shard, 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    }
  });

  test('has category filters at every level, tags, years and sources with their counts', () => {
    const filters = readFilters(path.join(pagefindDir(), '2022'));
    expect([...filters.keys()].sort()).toEqual(['category', 'source', 'tag', 'year']);
    expect(filters.get('year')).toEqual(new Map([['2022', 17]]));
    const categories = filters.get('category')!;
    expect(categories.get('新媒体')).toBe(
      (categories.get('新媒体 › 36kr') ?? 0) + (categories.get('新媒体 › 199IT') ?? 0),
    );
    expect(categories.get('新媒体 › 36kr › 快讯')).toBe(1);
    expect(filters.get('tag')!.get('快手')).toBe(2);
    expect(filters.get('source')!.get('36kr')).toBeGreaterThan(0);
    expect(filters.get('tag')!.has('草稿标签')).toBe(false);
    expect(filters.get('tag')!.has('未来标签')).toBe(false);
  });

  test('ships only the Pagefind files the search page uses', () => {
    const files = readdirSync(path.join(pagefindDir(), '2022'));
    expect(files).toContain('pagefind.js');
    expect(files).not.toContain('pagefind-ui.js');
    expect(readdirSync(pagefindDir())).toContain('pagefind-highlight.js');
  });
});
