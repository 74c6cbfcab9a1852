import { describe, expect, test } from 'vitest';
import { BREAK_TOKEN, isHanToken, joinTokens, normalizeToken, tokenizeSearchText } from './tokenize-search-text.ts';

describe('tokenizeSearchText', () => {
  test('returns nothing for empty or blank text', () => {
    expect(tokenizeSearchText('')).toEqual([]);
    expect(tokenizeSearchText(' \n\t\n')).toEqual([]);
  });

  test('cuts Chinese into the segmenter\'s words and keeps punctuation as tokens of its own', () => {
    // ICU's dictionary has no 淘宝: a word it does not know is cut into characters, here and in the browser alike.
    expect(tokenizeSearchText('中华人民共和国，人工智能发展？快手淘宝')).toEqual([
      '中华', '人民', '共和国', '，', '人工', '智能', '发展', '？', '快手', '淘', '宝',
    ]);
  });

  test('keeps Latin words, numbers with their decimal point, and case', () => {
    expect(tokenizeSearchText('iPhone 14 销量增长3.5亿')).toEqual(['iPhone', '14', '销量', '增长', '3.5', '亿']);
  });

  test('puts a break between lines and between Chinese words a space separates, never at the ends', () => {
    expect(tokenizeSearchText('人民\n\n发展')).toEqual(['人民', BREAK_TOKEN, '发展']);
    expect(tokenizeSearchText('北京 上海')).toEqual(['北京', BREAK_TOKEN, '上海']);
    expect(tokenizeSearchText('  快手\n')).toEqual(['快手']);
    expect(tokenizeSearchText('iPhone 14')).toEqual(['iPhone', '14']);
  });

  test('normalizes full-width letters and digits in words, not Chinese punctuation', () => {
    expect(tokenizeSearchText('ＡＰＰ１２，好')).toEqual(['APP12', '，', '好']);
  });

  test('never yields a token holding whitespace', () => {
    for (const token of tokenizeSearchText('a\u00a0b\u3000c\u200bd e\tf ¼ ㍻')) expect(token).not.toMatch(/\s/);
  });
});

describe('normalizeToken', () => {
  test('keeps letters and digits, lower-cased, without diacritics', () => {
    expect(normalizeToken('iPhone')).toBe('iphone');
    expect(normalizeToken('3.5')).toBe('35');
    expect(normalizeToken('Café')).toBe('cafe');
    expect(normalizeToken('，')).toBe('');
    expect(normalizeToken('快手')).toBe('快手');
  });

  test('keeps the voicing marks of kana', () => {
    expect(normalizeToken('ガルパ')).toBe('ガルパ');
  });
});

describe('isHanToken', () => {
  test('is true for Chinese characters only', () => {
    expect(isHanToken('快手')).toBe(true);
    expect(isHanToken('快手A')).toBe(false);
    expect(isHanToken('')).toBe(false);
  });
});

describe('joinTokens', () => {
  test('joins Chinese without spaces and Latin words with them', () => {
    expect(joinTokens(['快手', '切断', '，', 'iPhone', '14', '销量', '3.5', '亿元'])).toBe('快手切断，iPhone 14销量3.5亿元');
  });

  test('restores the space after Latin punctuation and turns breaks into one space', () => {
    expect(joinTokens(['Hello', ',', 'world', BREAK_TOKEN, '下', '一行'])).toBe('Hello, world 下一行');
  });

  test('round-trips Chinese text without spaces', () => {
    const text = '快手切断淘宝京东外链，大搞品牌电商闭环？';
    expect(joinTokens(tokenizeSearchText(text))).toBe(text);
  });
});
