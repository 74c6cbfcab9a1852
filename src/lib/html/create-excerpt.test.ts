import { describe, expect, test } from 'vitest';
import { createExcerpt } from './create-excerpt.ts';

describe('createExcerpt', () => {
  test('leaves short text whole, without an ellipsis', () => {
    expect(createExcerpt('快手断外链了！')).toBe('快手断外链了！');
    expect(createExcerpt('一'.repeat(120))).toBe('一'.repeat(120));
  });

  test('joins lines with a space', () => {
    expect(createExcerpt('第一段。\n第二段。')).toBe('第一段。 第二段。');
  });

  test('cuts after the last sentence end near the limit, keeping closing quotes', () => {
    const text = '甲'.repeat(80) + '断外链了！”' + '乙'.repeat(60);
    expect(createExcerpt(text)).toBe('甲'.repeat(80) + '断外链了！”…');
  });

  test('cuts at the last clause break when no sentence ends near the limit', () => {
    const text = '甲'.repeat(100) + '，' + '乙'.repeat(60);
    expect(createExcerpt(text)).toBe('甲'.repeat(100) + '…');
  });

  test('cuts mid-clause when the only break is too early', () => {
    const text = '甲。' + '乙'.repeat(200);
    expect(createExcerpt(text, { maxLength: 10 })).toBe('甲。' + '乙'.repeat(8) + '…');
  });

  test('cuts English at a word boundary, not inside "Node.js"', () => {
    expect(createExcerpt('We created this teaser with Node.js and more words here', { maxLength: 34 })).toBe('We created this teaser with…');
  });

  test('never splits an emoji or a combining sequence', () => {
    const family = '👨‍👩‍👧';
    expect(createExcerpt(family.repeat(5), { maxLength: 3 })).toBe(family.repeat(3) + '…');
    expect(createExcerpt('e\u0301'.repeat(5), { maxLength: 2 })).toBe('e\u0301e\u0301…');
  });
});
