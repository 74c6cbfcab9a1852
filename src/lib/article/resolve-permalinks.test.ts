import { describe, expect, test } from 'vitest';
import { resolvePermalinks } from './resolve-permalinks.ts';
import type { PermalinkClaim } from './resolve-permalinks.ts';

const day = (n: number) => new Date(Date.UTC(2022, 1, n));
const sameTitle: PermalinkClaim[] = [
  { id: 'b.md', wanted: '新媒体/快手/', date: day(2) },
  { id: 'c.md', wanted: '新媒体/快手/', date: day(3) },
  { id: 'a.md', wanted: '新媒体/快手/', date: day(1) },
];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('resolvePermalinks', () => {
  test('leaves distinct permalinks alone', () => {
    const result = resolvePermalinks([
      { id: 'a', wanted: 'a/', date: day(1) },
      { id: 'b', wanted: 'b/', date: day(1) },
    ]);
    expect(result).toEqual({ permalinks: new Map([['a', 'a/'], ['b', 'b/']]), collisions: [] });
  });

  test('gives three articles with the same title distinct permalinks, oldest first', () => {
    const { permalinks, collisions } = resolvePermalinks(sameTitle);
    expect(Object.fromEntries(permalinks)).toEqual({
      'a.md': '新媒体/快手/',
      'b.md': '新媒体/快手-2/',
      'c.md': '新媒体/快手-3/',
    });
    expect(collisions).toEqual([{ permalink: '新媒体/快手/', ids: ['a.md', 'b.md', 'c.md'] }]);
  });

  test('does not depend on input order', () => {
    const claims = [...sameTitle, { id: 'x', wanted: '新媒体/快手-2/', date: day(9) }, { id: 'y', wanted: 'Y/', date: day(1) }];
    const expected = resolvePermalinks(claims);
    for (const order of permutations(claims)) {
      expect(resolvePermalinks(order)).toEqual(expected);
    }
  });

  test('breaks a tie on the date with the smaller id', () => {
    const { permalinks } = resolvePermalinks([
      { id: 'z', wanted: 'p/', date: day(1) },
      { id: 'm', wanted: 'p/', date: day(1) },
    ]);
    expect(Object.fromEntries(permalinks)).toEqual({ m: 'p/', z: 'p-2/' });
  });

  test('compares case-insensitively and after NFC, as macOS and Windows file systems do', () => {
    const { permalinks, collisions } = resolvePermalinks([
      { id: 'a', wanted: 'News/Café/', date: day(1) },
      { id: 'b', wanted: 'news/cafe\u0301/', date: day(2) },
    ]);
    expect(permalinks.get('b')).toBe('news/cafe\u0301-2/');
    expect(collisions).toEqual([{ permalink: 'News/Café/', ids: ['a', 'b'] }]);
  });

  test('skips suffixes other articles already want', () => {
    const { permalinks } = resolvePermalinks([
      { id: 'a', wanted: 'p/', date: day(1) },
      { id: 'b', wanted: 'p/', date: day(2) },
      { id: 'c', wanted: 'P-2/', date: day(3) },
      { id: 'd', wanted: 'p-3/', date: day(4) },
    ]);
    expect(Object.fromEntries(permalinks)).toEqual({ a: 'p/', b: 'p-4/', c: 'P-2/', d: 'p-3/' });
  });

  test('keeps 100,000 equal titles apart', () => {
    const claims = Array.from({ length: 100_000 }, (_, index) => ({ id: String(index).padStart(6, '0'), wanted: 'untitled/', date: day(1) }));
    const { permalinks } = resolvePermalinks(claims);
    expect(new Set(permalinks.values()).size).toBe(100_000);
    expect(permalinks.get('099999')).toBe('untitled-100000/');
  });
});
