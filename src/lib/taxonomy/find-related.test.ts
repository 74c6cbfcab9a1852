import { describe, expect, test } from 'vitest';
import { findRelated } from './find-related.ts';

const article = (id: string, tags: string[], categories: string[][] = []) => ({ id, tags, categories });
const ids = (lists: { id: string }[][]) => lists.map((list) => list.map((x) => x.id));

describe('findRelated', () => {
  test('offers nothing when articles share nothing', () => {
    expect(ids(findRelated([article('a', ['x']), article('b', ['y'])]))).toEqual([[], []]);
  });

  test('ranks by shared tags and categories, then newest first', () => {
    const articles = [
      article('new', ['AI'], [['新媒体', '36kr']]),
      article('one-tag', ['AI']),
      article('same-category', [], [['新媒体', '36kr']]),
      article('both', ['AI', '电商'], [['新媒体', '36kr']]),
      article('old-one-tag', ['AI']),
      article('target', ['AI', '电商'], [['新媒体', '36kr']]),
    ];
    const related = findRelated(articles)[5]!.map((x) => x.id);
    // 'old-one-tag' is the next newer article: the page links it already.
    expect(related).toEqual(['both', 'new', 'one-tag', 'same-category']);
  });

  test('never offers an article itself or its older and newer neighbours, whatever the archive', () => {
    let seed = 11;
    const next = (max: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % max;
    for (let archive = 0; archive < 20; archive++) {
      const tags = ['AI', '电商', '游戏', '出海'].slice(0, 1 + next(4));
      const articles = Array.from({ length: 2 + next(60) }, (_, i) => article(String(i), tags.filter(() => next(3) > 0), next(2) ? [['新媒体']] : []));
      findRelated(articles).forEach((related, index) => {
        const offered = related.map((x) => Number(x.id));
        expect(offered, `article ${index} of ${articles.length}`).not.toContain(index);
        expect(offered).not.toContain(index - 1);
        expect(offered).not.toContain(index + 1);
        expect(new Set(offered).size).toBe(offered.length);
        expect(offered.length).toBeLessThanOrEqual(5);
      });
    }
  });

  test('returns at most the limit', () => {
    const articles = Array.from({ length: 20 }, (_, i) => article(String(i), ['AI']));
    expect(findRelated(articles, { limit: 3 })[10]).toHaveLength(3);
  });

  test('considers only neighbours in time within a large tag', () => {
    const articles = Array.from({ length: 200 }, (_, i) => article(String(i), ['AI']));
    const related = findRelated(articles, { window: 2, limit: 10 })[100]!.map((x) => x.id);
    // Within two places on each side; 99 and 101 are the page's older and newer links.
    expect(related).toEqual(['98', '102']);
  });
});
