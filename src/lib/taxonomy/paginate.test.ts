import { describe, expect, test } from 'vitest';
import { countPages, nearbyPages, paginate } from './paginate.ts';

describe('paginate', () => {
  test('gives an empty list one empty page', () => {
    const pages = paginate([], { pageSize: 20, baseHref: '/' });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items).toEqual([]);
    expect(pages[0]!.prevHref).toBeUndefined();
    expect(pages[0]!.nextHref).toBeUndefined();
  });

  test('puts page 1 at the list URL and later pages under page/n/', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i), { pageSize: 20, baseHref: '/tags/ai/' });
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages[0]!.hrefOf(1)).toBe('/tags/ai/');
    expect(pages[1]!.prevHref).toBe('/tags/ai/');
    expect(pages[1]!.nextHref).toBe('/tags/ai/page/3/');
    expect(pages[2]!.nextHref).toBeUndefined();
    expect(pages[2]!.items[0]).toBe(40);
  });
});

describe('nearbyPages', () => {
  test('lists every page of a short list', () => {
    expect(nearbyPages(2, 4, 2)).toEqual([1, 2, 3, 4]);
  });

  test('elides runs of far pages but keeps first and last', () => {
    expect(nearbyPages(10, 20, 2)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });
});

describe('paginate with the remainder on page 1', () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);
  const options = { pageSize: 20, baseHref: '/', remainder: 'first' } as const;

  test('fills every page but the first, which holds the rest', () => {
    expect(paginate(numbers(45), options).map((page) => page.items.length)).toEqual([25, 20]);
    expect(paginate(numbers(39), options).map((page) => page.items.length)).toEqual([39]);
    expect(paginate(numbers(7), options).map((page) => page.items.length)).toEqual([7]);
    expect(paginate([], options).map((page) => page.items.length)).toEqual([0]);
  });

  test('keeps every item once, in order, and agrees with countPages', () => {
    for (let count = 0; count <= 130; count++) {
      for (const pageSize of [1, 3, 20]) {
        const pages = paginate(numbers(count), { ...options, pageSize });
        expect(pages.flatMap((page) => page.items)).toEqual(numbers(count));
        expect(pages).toHaveLength(countPages(count, pageSize, 'first'));
        expect(pages.every((page) => page.last === pages.length)).toBe(true);
      }
    }
  });

  // What it is for: an item added at the top of a newest-first list changes page 1 only, until page 1 splits.
  test('leaves later pages as they were when an item is added at the top, but every pageSize-th time', () => {
    const pageSize = 5;
    for (let count = 0; count <= 60; count++) {
      const before = paginate(numbers(count).map((i) => `item ${i}`), { ...options, pageSize });
      const after = paginate(['new', ...numbers(count).map((i) => `item ${i}`)], { ...options, pageSize });
      const changed = after.filter((page, index) => JSON.stringify(page.items) !== JSON.stringify(before[index]?.items));
      const splits = (count + 1) % pageSize === 0 && count + 1 > pageSize;
      if (splits) expect(after).toHaveLength(before.length + 1);
      else expect(changed.map((page) => page.current)).toEqual([1]);
    }
  });
});

describe('nearbyPages at every position', () => {
  // The plain definition: every page within the window or at an edge, a gap where pages are skipped.
  const expected = (current: number, last: number, window: number) => {
    const pages: (number | null)[] = [];
    for (let page = 1; page <= last; page++) {
      if (page === 1 || page === last || Math.abs(page - current) <= window) pages.push(page);
      else if (pages.at(-1) !== null) pages.push(null);
    }
    return pages;
  };

  test('matches the definition for lists of 1 to 30 pages', () => {
    for (let last = 1; last <= 30; last++) {
      for (let current = 1; current <= last; current++) {
        for (const window of [0, 1, 2, 5]) expect(nearbyPages(current, last, window), `${current}/${last} ±${window}`).toEqual(expected(current, last, window));
      }
    }
  });
});
