import { describe, expect, test } from 'vitest';
import { locateFields } from './locate-fields.ts';

describe('locateFields', () => {
  test('reports an unclosed block', () => {
    expect(locateFields('---\ntitle: a\n').isClosed).toBe(false);
  });

  test('ignores nested keys, list items and body lines', () => {
    const block = locateFields('---\ncategories: \n - a\n  nested: b\n---\nbody: no\n');
    expect([...block.fields.keys()]).toEqual(['categories']);
  });

  test('finds top-level keys with their 1-based lines and raw values without comments', () => {
    const block = locateFields('---\ntitle: \'a\'\ndate: 2022-02-23 09:50:30 # local\n---\n');
    expect(block).toEqual({
      isClosed: true,
      fields: new Map([
        ['title', { line: 2, raw: "'a'" }],
        ['date', { line: 3, raw: '2022-02-23 09:50:30' }],
      ]),
    });
  });
});
