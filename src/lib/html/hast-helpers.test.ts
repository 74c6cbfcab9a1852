import { describe, expect, test } from 'vitest';
import { isRemoteUrl, isWhitespaceText } from './hast-helpers.ts';

describe('hast helpers', () => {
  test('does not count relative or data URLs as remote', () => {
    expect(['images/a.png', '/a.png', 'data:image/gif;base64,R0', 'javascript:x', 'ftp://a/b'].map(isRemoteUrl)).toEqual([false, false, false, false, false]);
  });

  test('counts http, https and protocol-relative URLs as remote', () => {
    expect(['http://a/b', 'HTTPS://a/b', '//a/b'].map(isRemoteUrl)).toEqual([true, true, true]);
  });

  test('does not count text with a letter as whitespace', () => {
    expect(isWhitespaceText({ type: 'text', value: ' a ' })).toBe(false);
  });

  test('counts no-break, ideographic and zero-width spaces as whitespace', () => {
    expect(isWhitespaceText({ type: 'text', value: '\u00a0\u3000\u200b\n' })).toBe(true);
  });
});
