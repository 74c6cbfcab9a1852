import { describe, expect, test } from 'vitest';
import { buildTagIndex } from './build-tag-index.ts';

const article = (id: string, ...tags: string[]) => ({ id, tags });

describe('buildTagIndex', () => {
  test('has no entries for an archive without tags', () => {
    expect(buildTagIndex([article('a')], '/')).toEqual([]);
  });

  test('lists the most-used tags first, then by name, articles in the given order', () => {
    const index = buildTagIndex([article('c', 'AI', '电商'), article('b', '电商'), article('a', 'AI', '快手')], '/');
    expect(index.map((tag) => [tag.name, tag.articles.map((x) => x.id)])).toEqual([
      ['AI', ['c', 'a']],
      ['电商', ['c', 'b']],
      ['快手', ['a']],
    ]);
    expect(index[1]!.href).toBe(`/tags/${encodeURIComponent('电商')}/`);
  });

  test('keeps tags that differ in case or only after sanitizing on distinct pages', () => {
    const index = buildTagIndex([article('a', 'C#', 'c#', 'C?', 'page')], '/');
    const hrefs = index.map((tag) => tag.href);
    expect(new Set(hrefs).size).toBe(4);
    expect(hrefs).toContain('/tags/page-2/');
    for (const href of hrefs) expect(decodeURIComponent(href)).not.toMatch(/[#?]/);
  });
});
