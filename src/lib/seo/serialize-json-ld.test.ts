import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from './serialize-json-ld.ts';

describe('serializeJsonLd', () => {
  test('leaves ordinary text readable', () => {
    expect(serializeJsonLd({ headline: '快手切断外链' })).toBe('{"headline":"快手切断外链"}');
  });

  test('cannot close the script element it sits in', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });

  test('escapes ampersands and line separators but round-trips them', () => {
    const value = { a: 'x & y <!-- z', b: 'line\u2028break' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
