import { describe, expect, test } from 'vitest';
import { normalizeSource } from './normalize-source.ts';

describe('normalizeSource', () => {
  test('leaves text without front matter alone apart from line endings', () => {
    expect(normalizeSource('\r\n<p>body</p>\r\n')).toEqual({ text: '\n<p>body</p>\n', lineOffset: 0 });
  });

  test('leaves a blank file alone', () => {
    expect(normalizeSource('\n\n')).toEqual({ text: '\n\n', lineOffset: 0 });
  });

  test('keeps a file that already starts with ---', () => {
    expect(normalizeSource('---\ntitle: a\n---\n')).toEqual({ text: '---\ntitle: a\n---\n', lineOffset: 0 });
  });

  test('drops the blank lines before --- and counts them', () => {
    expect(normalizeSource('\n \n\t\n---\ntitle: a\n---\n')).toEqual({ text: '---\ntitle: a\n---\n', lineOffset: 3 });
  });

  test('strips a UTF-8 BOM', () => {
    expect(normalizeSource('\uFEFF\n---\ntitle: a\n---\n')).toEqual({ text: '---\ntitle: a\n---\n', lineOffset: 1 });
  });

  test('turns CRLF and lone CR into LF', () => {
    expect(normalizeSource('\r\n---\r\ntitle: a\r---\r\nbody\r\n').text).toBe('---\ntitle: a\n---\nbody\n');
  });
});
