import { describe, expect, test } from 'vitest';
import { nearbyPages, paginate } from './paginate.ts';

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
