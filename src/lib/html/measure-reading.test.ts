import { describe, expect, test } from 'vitest';
import { measureReading } from './measure-reading.ts';

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
});
