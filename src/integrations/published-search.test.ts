import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPublishedSearch } from './published-search.ts';

/** An output folder as a build leaves it: shards `a` and `b`, a router, the list; and the state remembering it. */
function publishedFolder() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'clippings-published-'));
  const outputRoot = path.join(root, 'pagefind');
  const stateFile = path.join(root, 'state.json');
  const first = openPublishedSearch(stateFile, outputRoot, 'engine-1');
  first.holdsShard('a', 'fa');
  first.holdsShard('b', 'fb');
  first.holdsRouter('router-1');
  for (const folder of ['a', 'b', 'router-1']) {
    mkdirSync(path.join(outputRoot, folder, 'fragment'), { recursive: true });
    writeFileSync(path.join(outputRoot, folder, 'fragment', 'x.pf_fragment'), 'x');
  }
  writeFileSync(path.join(outputRoot, 'shards.json'), '{}');
  first.finish(new Set(['a', 'b', 'router-1', 'shards.json']));
  return { outputRoot, stateFile };
}

describe('openPublishedSearch', () => {
  test('retires the folders of shards about to be re-indexed and the router, and nothing else', async () => {
    const { outputRoot, stateFile } = publishedFolder();
    const published = openPublishedSearch(stateFile, outputRoot, 'engine-1');
    await published.retire(['a']);
    expect(readdirSync(outputRoot).sort()).toEqual(['b', 'shards.json']);
    // A retired shard is then not held, the others still are.
    expect(published.holdsShard('a', 'fa')).toBe(false);
    expect(published.holdsShard('b', 'fb')).toBe(true);
    expect(published.holdsRouter('router-1')).toBe(false);
  });

  test('keeps shards and the router when nothing is retired', async () => {
    const { outputRoot, stateFile } = publishedFolder();
    const published = openPublishedSearch(stateFile, outputRoot, 'engine-1');
    await published.retire([]);
    expect(published.holdsShard('a', 'fa')).toBe(true);
    expect(published.holdsRouter('router-1')).toBe(true);
  });

  test('trusts nothing of a folder published with another engine', async () => {
    const { outputRoot, stateFile } = publishedFolder();
    const published = openPublishedSearch(stateFile, outputRoot, 'engine-2');
    await published.retire(['a']);
    expect(existsSync(outputRoot)).toBe(false);
    expect(published.holdsShard('b', 'fb')).toBe(false);
  });
});
