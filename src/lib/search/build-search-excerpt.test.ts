import { describe, expect, test } from 'vitest';
import { buildSearchExcerpt } from './build-search-excerpt.ts';
import { matchSearchText } from './match-search-text.ts';
import { planSearchQuery } from './plan-search-query.ts';
import { tokenizeSearchText } from './tokenize-search-text.ts';

function excerpt(text: string, query: string, length?: number): string {
  const tokens = tokenizeSearchText(text);
  const { spans } = matchSearchText(tokens, planSearchQuery(query)!);
  return buildSearchExcerpt(tokens, spans, { length }).map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
}

describe('buildSearchExcerpt', () => {
  test('shows the start of the text when nothing matched', () => {
    expect(excerpt('中华人民共和国', 'xyz')).toBe('中华人民共和国');
  });

  test('marks every match whole, without gaps between its characters', () => {
    expect(excerpt('快手切断淘宝京东外链，淘宝回应', '淘宝')).toBe('快手切断[淘宝]京东外链，[淘宝]回应');
  });

  test('never lets a mark cover a space', () => {
    expect(excerpt('Apple sells the iPhone 15 in China', 'iPhone')).toBe('Apple sells the [iPhone] 15 in China');
    expect(excerpt('Apple sells the iPhone 15 in China', 'iPhone 15')).toBe('Apple sells the [iPhone 15] in China');
  });

  test('cuts a long text around the first match, with ellipses', () => {
    const text = `${'前面的文字很长。'.repeat(30)}关键的句子在这里。${'后面的文字也很长。'.repeat(30)}`;
    const shown = excerpt(text, '关键', 40);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('[关键]');
    expect(shown.length).toBeLessThan(70);
  });
});
