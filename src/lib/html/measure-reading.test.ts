import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../scripts/bench/prng.ts';
import { countCharacters, measureReading } from './measure-reading.ts';

describe('measureReading', () => {
  test('counts nothing in empty text or punctuation', () => {
    expect(measureReading('')).toEqual({ cjkCharacters: 0, words: 0, characterCount: 0, readingMinutes: 0 });
    expect(measureReading(' “”，。！—— … ')).toMatchObject({ characterCount: 0, readingMinutes: 0 });
  });

  test('needs at least one minute for any text', () => {
    expect(measureReading('快手')).toMatchObject({ cjkCharacters: 2, words: 0, readingMinutes: 1 });
  });

  test('counts Han, kana and hangul characters one by one, and numbers and English as words', () => {
    expect(measureReading('2022年3月，快手在Android上断外链。かぐや様 한국어 don’t COVID-19')).toEqual({
      cjkCharacters: 16,
      words: 5,
      characterCount: 21,
      readingMinutes: 1,
    });
  });

  test('reads 400 Chinese characters and 200 English words a minute', () => {
    expect(measureReading('字'.repeat(2000)).readingMinutes).toBe(5);
    expect(measureReading('word '.repeat(1000)).readingMinutes).toBe(5);
    expect(measureReading('字'.repeat(1200) + ' word'.repeat(600)).readingMinutes).toBe(6);
  });

  test('counts generated mixed texts as one match per character and per word would', () => {
    // Han of the BMP and beyond it (two UTF-16 units), kana, hangul, Latin with marks, fullwidth Latin, other alphabets
    // (Greek, Cyrillic, Deseret beyond the BMP), digits of other scripts, marks after Han, the prolonged sound mark and
    // iteration marks (script Common and Han), lone halves of surrogate pairs, punctuation, emoji, and a variation
    // selector beyond the BMP (a mark, which goes on a word).
    const pieces = ['快', '手', '𠀀', '𪚥', '々', '〇', 'ー', 'か', 'カ', '한', 'a', 'Z', 'é', 'e\u0301', '\u0301', 'Ａ', 'ß',
      'Ω', 'ж', '𐐀', '٣', '7', "'", '’', '-', '，', '.', ' ', '\n', '😀', '\u200b', '\ud800', '\udc00', 'ǅ', 'ª', '\u{e0100}'];
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
    const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
    const latin = /\p{Script=Latin}/gu;
    for (let seed = 1; seed <= 1000; seed++) {
      const random = createRandom(seed);
      const text = Array.from({ length: random.int(0, 80) }, () => random.pick(pieces)).join('');
      const cjkCharacters = text.match(cjk)?.length ?? 0;
      const words = text.replace(cjk, ' ').match(word)?.length ?? 0;
      const latinLetters = text.match(latin)?.length ?? 0;
      expect(countCharacters(text), JSON.stringify(text)).toEqual({ cjkCharacters, latinLetters, words });
      expect(measureReading(text), JSON.stringify(text)).toMatchObject({ cjkCharacters, words });
    }
  });
});
