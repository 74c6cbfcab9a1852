import { describe, expect, test } from 'vitest';
import { decodeSearchCard, encodeSearchCard } from './search-card.ts';
import { normalizeToken, tokenizeSearchText } from './tokenize-search-text.ts';

describe('search cards', () => {
  test('reads nothing from a value that is not a card', () => {
    expect(decodeSearchCard(undefined)).toBeUndefined();
    expect(decodeSearchCard('快手')).toBeUndefined();
    expect(decodeSearchCard('ʘ!!')).toBeUndefined();
  });

  test('round-trips titles with any characters, and optional fields', () => {
    const card = { title: '快手切断"淘宝"</h1><script>，100 亿美元 😀', date: '2022年2月23日 17:50', source: '36kr', image: 'https://img.example.com/a.jpg?w=1,2' };
    expect(decodeSearchCard(encodeSearchCard(card))).toEqual(card);
    expect(decodeSearchCard(encodeSearchCard({ title: 'x', date: 'y' }))).toEqual({ title: 'x', date: 'y' });
  });

  test('is one word of letters and digits, as Pagefind indexes it, that no query word starts', () => {
    const value = encodeSearchCard({ title: '2022 iPhone', date: '2022年', image: 'https://img.cdn.com/x.png' });
    expect(value).not.toMatch(/\s/);
    expect(normalizeToken(value)).toBe(value);
    for (const typed of ['2022', 'img', 'https', 'iphone', 'a']) {
      expect(value.startsWith(typed)).toBe(false);
    }
    expect(tokenizeSearchText(value)).toEqual([value]);
  });
});
