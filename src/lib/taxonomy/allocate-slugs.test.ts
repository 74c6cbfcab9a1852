import { describe, expect, test } from 'vitest';
import { allocateSlugs, RESERVED_TAXONOMY_SEGMENTS } from './allocate-slugs.ts';

describe('allocateSlugs', () => {
  test('keeps ordinary names as they are', () => {
    expect([...allocateSlugs(['新媒体', '36kr', 'Hacker News'])]).toEqual([
      ['36kr', '36kr'],
      ['Hacker News', 'Hacker News'],
      ['新媒体', '新媒体'],
    ]);
  });

  test('gives names that collide after sanitizing distinct slugs', () => {
    const slugs = allocateSlugs(['A/B', 'A_B', 'A?B']);
    expect(new Set(slugs.values()).size).toBe(3);
    expect(slugs.get('A/B')).toBe('A_B');
    expect(slugs.get('A?B')).toBe('A_B-2');
    expect(slugs.get('A_B')).toBe('A_B-3');
  });

  test('separates names that differ only in case, whatever the input order', () => {
    const one = allocateSlugs(['ai', 'AI']);
    const other = allocateSlugs(['AI', 'ai']);
    expect(one).toEqual(other);
    expect(one.get('AI')).toBe('AI');
    expect(one.get('ai')).toBe('ai-2');
  });

  test('avoids segments the site uses for pagination and feeds', () => {
    const slugs = allocateSlugs(['page', 'RSS.xml'], RESERVED_TAXONOMY_SEGMENTS);
    expect(slugs.get('page')).toBe('page-2');
    expect(slugs.get('RSS.xml')).toBe('RSS.xml-2');
  });

  test('never yields a path that climbs out of its folder', () => {
    for (const slug of allocateSlugs(['..', '.', '../../etc', '']).values()) {
      expect(slug).not.toMatch(/^\.|\//);
      expect(slug).not.toBe('');
    }
  });
});
