import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { beforeAll, describe, expect, test } from 'vitest';
import { readSearchManifest } from '../../src/content/search-manifest.ts';
import { routerKeysOf } from '../../src/lib/search/router-keys.ts';
import { fileOf, hashKey, routerFileName, shardsHolding } from '../../src/lib/search/search-router.ts';
import type { ShardManifest } from '../../src/lib/search/shard-index.ts';
import { tokenizeSearchText } from '../../src/lib/search/tokenize-search-text.ts';
import { buildFixture, type FixtureBuild } from './build-site.ts';

const ARCHIVE = 'tests/fixtures/archive';
let build: FixtureBuild;
let manifest: ShardManifest;
const pagefindDir = () => path.join(build.outDir, 'pagefind');
const shardDir = () => path.join(pagefindDir(), manifest.shards[0]!.id);

/** Pagefind's files: gzip, a `pagefind_dcd` signature, then CBOR (filters) or JSON (fragments). */
function readPagefindFile(file: string): Buffer {
  return gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);
}

/** Pagefind's filter files: `{ filter: { value: [pages…] } }` pairs. */
function readFilters(bundle: string): Map<string, Map<string, number>> {
  const filters = new Map<string, Map<string, number>>();
  for (const name of readdirSync(path.join(bundle, 'filter'))) {
    const [filter, values] = decode(readPagefindFile(path.join(bundle, 'filter', name))) as [string, [string, number[]][]];
    const counts = filters.get(filter) ?? new Map<string, number>();
    for (const [value, pages] of values) counts.set(value, (counts.get(value) ?? 0) + pages.length);
    filters.set(filter, counts);
  }
  return filters;
}

/** Which shards the built router says may hold a key. */
function routeKey(key: string): boolean[] {
  const hash = hashKey(key);
  const file = readFileSync(path.join(pagefindDir(), manifest.router.folder, routerFileName(fileOf(hash, manifest.router.params))));
  return shardsHolding(new Uint8Array(file), hash, manifest.router.params);
}

beforeAll(() => {
  build = buildFixture({ contentDir: ARCHIVE });
  expect(build.status, build.log).toBe(0);
  manifest = JSON.parse(readFileSync(path.join(pagefindDir(), 'shards.json'), 'utf8')) as ShardManifest;
});

describe('the search index', () => {
  test('is built by the build, small years together in one shard, listed newest first', () => {
    expect(manifest.shards.map((shard) => [shard.id, shard.years])).toEqual([['2021-03', [2021, 2022]]]);
    expect(manifest.shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(38);
    expect(build.log).toMatch(/Search index: 38 pages in 1 shard\(s\)/);
    expect(build.log).toMatch(/Shard 1\/1 indexed, "2021-03": 38 pages, \d+ words, \d+ router keys, language und/);
  });

  test('holds the articles\' own tokens, in a language Pagefind does not cut again', () => {
    const entry = JSON.parse(readFileSync(path.join(shardDir(), 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['und']);
    const fragments = readdirSync(path.join(shardDir(), 'fragment')).map((name) => JSON.parse(readPagefindFile(path.join(shardDir(), 'fragment', name)).toString('utf8')));
    const seed = fragments.find((fragment) => fragment.content.split(' ').includes('切断'))!;
    expect(seed.content).not.toMatch(/\u200b/);
    expect(seed.content.split(' ')).toContain('快手');
    // What a result shows is one word no query reaches, not metadata Pagefind would search.
    expect(Object.keys(seed.meta).sort()).toEqual(['card', 'title']);
    expect(seed.meta.card).toMatch(/^ʘ[a-z2-7]+$/);
  });

  test('has category filters at every level, tags, years and sources with their counts', () => {
    const filters = readFilters(shardDir());
    expect([...filters.keys()].sort()).toEqual(['category', 'source', 'tag', 'year']);
    expect(filters.get('year')).toEqual(new Map([['2022', 17], ['2021', 21]]));
    const categories = filters.get('category')!;
    expect(categories.get('新媒体')).toBe((categories.get('新媒体 › 36kr') ?? 0) + (categories.get('新媒体 › 199IT') ?? 0));
    expect(categories.get('新媒体 › 36kr › 快讯')).toBe(1);
    expect(filters.get('tag')!.get('快手')).toBe(2);
    expect(filters.get('source')!.get('36kr')).toBeGreaterThan(0);
    expect(filters.get('tag')!.has('草稿标签')).toBe(false);
    expect(filters.get('tag')!.has('未来标签')).toBe(false);
  });

  test('ships Pagefind\'s engine once, beside the shards, and nothing of its prebuilt interfaces', () => {
    const rootFiles = readdirSync(pagefindDir());
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind-highlight.js', 'pagefind-entry.json']) expect(rootFiles).toContain(name);
    const shardFiles = readdirSync(shardDir());
    expect(shardFiles).toContain('pagefind-entry.json');
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind-ui.js']) expect(shardFiles).not.toContain(name);
    expect(rootFiles.filter((name) => name.startsWith('clippings-'))).toEqual([]);
  });

  test('routes every key of every article to its shard, and a key no article holds to none', () => {
    const texts = readSearchManifest(build.cacheDir).flatMap((record) => [
      tokenizeSearchText(record.title),
      tokenizeSearchText(readFileSync(path.join(build.cacheDir, 'clippings-html', `${record.htmlKey}.txt`), 'utf8')),
    ]);
    for (const tokens of texts) for (const key of routerKeysOf(tokens).slice(0, 50)) expect(routeKey(key), key).toEqual([true]);
    const everything = texts.flat().join('');
    const absent = ['伐杆', '暇淤', 'qzxj'].filter((key) => !everything.toLowerCase().includes(key));
    expect(absent.length).toBeGreaterThan(0);
    for (const key of absent) expect(routeKey(key)).toEqual([false]);
  });
});
