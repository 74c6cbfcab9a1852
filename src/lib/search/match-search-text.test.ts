import { describe, expect, test } from 'vitest';
import { matchSearchText } from './match-search-text.ts';
import { planSearchQuery } from './plan-search-query.ts';
import { tokenizeSearchText } from './tokenize-search-text.ts';

const match = (text: string, query: string) => matchSearchText(tokenizeSearchText(text), planSearchQuery(query)!);

describe('matchSearchText', () => {
  test('finds nothing when a Chinese word\'s characters stand apart', () => {
    expect(match('快速增长，手机销量', '快手').level).toBe('none');
    expect(match('公司的是非', '的是了').level).toBe('none');
  });

  test('finds nothing when a Latin word only appears inside another word', () => {
    expect(match('The iPhone sold well', 'phone').level).toBe('none');
  });

  test('finds Chinese text anywhere, also inside a longer word and across word boundaries', () => {
    expect(match('中华人民共和国', '民共').level).toBe('phrase');
    expect(match('公司宣布完成融资', '司宣布完').level).toBe('phrase');
  });

  test('tells a phrase from units that stand apart', () => {
    expect(match('艺术很冷', '艺术 冷').level).toBe('all');
    expect(match('艺术冷', '艺术 冷').level).toBe('phrase');
    expect(match('iPhone销量增长', 'iPhone 销量').level).toBe('phrase');
  });

  test('tells a whole Latin word from the start of a longer one', () => {
    expect(match('An app store', 'app')).toMatchObject({ level: 'phrase', whole: true });
    expect(match('An apple a day', 'app')).toMatchObject({ level: 'phrase', whole: false });
  });

  test('matches numbers with units as typed', () => {
    expect(match('营收达到3.5亿元', '3.5亿元').level).toBe('phrase');
    expect(match('营收达到35亿元', '3.5亿元').level).toBe('phrase');
  });

  test('never matches across punctuation or a line break', () => {
    expect(match('快，手', '快手').level).toBe('none');
    expect(match('快\n手', '快手').level).toBe('none');
  });

  test('gives every match to the character, also inside a word and across words, in order', () => {
    const tokens = tokenizeSearchText('中华人民共和国，快手电商；iPhone 15, apple');
    const text = (query: string) =>
      matchSearchText(tokens, planSearchQuery(query)!).spans.map(({ start, startChar, end, endChar }) =>
        start === end ? tokens[start]!.slice(startChar, endChar) : tokens[start]!.slice(startChar) + tokens.slice(start + 1, end).join('') + tokens[end]!.slice(0, endChar),
      );
    expect(text('民共')).toEqual(['民共']);
    expect(text('华人民')).toEqual(['华人民']);
    expect(text('快手')).toEqual(['快手']);
    expect(text('app')).toEqual(['app']);
    expect(text('iphone15')).toEqual(['iPhone15']);
  });
});
