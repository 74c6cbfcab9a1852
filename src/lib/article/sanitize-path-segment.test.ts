import { describe, expect, test } from 'vitest';
import { hashText, sanitizePath, sanitizePathSegment } from './sanitize-path-segment.ts';

describe('sanitizePathSegment', () => {
  test.each([
    ['a?b#c%d', 'a_b_c_d'],
    ['a\\b/c', 'a_b_c'],
    ['<a>"b"|c*d:e', '_a__b__c_d_e'],
    ['a\u0000b\u0007c\u001fd\u007fe\u009f', 'abcde'],
    ['a\u2028b\u2029c', 'a b c'],
    ['.hidden', 'hidden'],
    ['...', 'HASH'],
    ['..', 'HASH'],
    ['.', 'HASH'],
    ['', 'HASH'],
    ['  ', 'HASH'],
    ['trailing. ', 'trailing'],
    ['CON', 'CON_'],
    ['nul.txt', 'nul.txt_'],
  ])('makes %j safe', (segment, expected) => {
    expect(sanitizePathSegment(segment, 'HASH')).toBe(expected);
  });

  test('keeps Hexo titles as they are: spaces, full-width punctuation, quotes and symbols', () => {
    for (const title of ['快手切断淘宝京东外链，大搞品牌电商化？', '100 亿美元', "Love, Death & Robots_ Mason’s Rats", "$100M xPrize", "'Do Not Split'_ A film", 'SPY×FAMILY｜间谍过家家']) {
      expect(sanitizePathSegment(title, 'HASH')).toBe(title);
    }
  });

  test('normalizes to Unicode NFC', () => {
    expect(sanitizePathSegment('Cafe\u0301', 'HASH')).toBe('Caf\u00e9');
  });

  test('cuts long names to 200 UTF-8 bytes without splitting a character', () => {
    const safe = sanitizePathSegment('快'.repeat(100), 'HASH');
    expect(Buffer.byteLength(safe)).toBe(198);
    expect(safe).toBe('快'.repeat(66));
  });

  test('is idempotent', () => {
    for (const segment of ['a?b', '.x.', '快'.repeat(100), 'con', ' a ']) {
      const once = sanitizePathSegment(segment, 'HASH');
      expect(sanitizePathSegment(once, 'HASH')).toBe(once);
    }
  });
});

describe('sanitizePath', () => {
  test('drops empty segments and replaces . and .. segments', () => {
    expect(sanitizePath('/a//b/../c/./', 'HASH')).toBe('a/b/HASH/c/HASH');
  });
});

describe('hashText', () => {
  test('is 12 hex digits, stable and the same for NFC and NFD spellings', () => {
    expect(hashText('新媒体/a.md')).toMatch(/^[0-9a-f]{12}$/);
    expect(hashText('Cafe\u0301.md')).toBe(hashText('Caf\u00e9.md'));
    expect(hashText('a.md')).toMatchInlineSnapshot(`"5d48a79a3e66"`);
  });
});
