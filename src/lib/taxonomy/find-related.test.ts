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
    expect(related).toEqual(['both', 'new', 'one-tag', 'old-one-tag', 'same-category']);
  });

  test('returns at most the limit', () => {
    const articles = Array.from({ length: 20 }, (_, i) => article(String(i), ['AI']));
    expect(findRelated(articles, { limit: 3 })[10]).toHaveLength(3);
  });

  test('considers only neighbours in time within a large tag', () => {
    const articles = Array.from({ length: 200 }, (_, i) => article(String(i), ['AI']));
    const related = findRelated(articles, { window: 2, limit: 10 })[100]!.map((x) => x.id);
    expect(related).toEqual(['98', '99', '101', '102']);
  });
});
