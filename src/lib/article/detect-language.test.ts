import { describe, expect, test } from 'vitest';
import { detectTextLanguage } from './detect-language.ts';

describe('detectTextLanguage', () => {
  test('takes an English article for English', () => {
    expect(detectTextLanguage('Show HN: A tiny database\nWe built a small embedded database in Rust. It stores…')).toBe('en');
  });

  test('keeps a Chinese article quoting English names Chinese', () => {
    expect(detectTextLanguage('微软收购了 Activision Blizzard，Xbox 负责人 Phil Spencer 表示，这笔交易将在 2023 年完成。')).toBeUndefined();
  });

  test('says nothing about a text too short to tell', () => {
    expect(detectTextLanguage('OK')).toBeUndefined();
    expect(detectTextLanguage('')).toBeUndefined();
  });

  test('decides by the mix of scripts, whatever the words', () => {
    let seed = 1;
    const next = (max: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % max;
    const english = ['the', 'database', 'release', 'open', 'source', 'model', 'users'];
    const chinese = ['数据库', '发布', '开源', '模型', '用户', '公司'];
    for (let i = 0; i < 200; i++) {
      const englishWords = 20 + next(200);
      const chineseWords = next(3) === 0 ? 0 : 1 + next(60);
      const words = [
        ...Array.from({ length: englishWords }, () => english[next(english.length)]!),
        ...Array.from({ length: chineseWords }, () => chinese[next(chinese.length)]!),
      ].sort(() => next(3) - 1);
      const latin = words.filter((word) => /^[a-z]/.test(word)).join('').length;
      const han = words.filter((word) => !/^[a-z]/.test(word)).join('').length;
      const expected = latin / (latin + 3 * han) >= 0.9 ? 'en' : undefined;
      expect(detectTextLanguage(words.join(' ')), `${latin} Latin, ${han} Han`).toBe(expected);
      if (chineseWords > englishWords / 4) expect(detectTextLanguage(words.join(' '))).toBeUndefined();
    }
  });
});
