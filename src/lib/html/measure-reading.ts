/** Options for {@link measureReading}. */
export interface ReadingOptions {
  /** Han, kana and hangul characters read per minute. Default: `400`. */
  cjkCharactersPerMinute?: number;
  /** Words of alphabetic scripts (and numbers) read per minute. Default: `200`. */
  wordsPerMinute?: number;
}

/** How long a text is and how long it takes to read. */
export interface ReadingMeasure {
  /** Han characters (Chinese, Japanese kanji), hiragana, katakana and hangul syllables. Punctuation is not counted. */
  cjkCharacters: number;
  /** Runs of letters or digits outside those scripts: English words, numbers such as `2022` or `5000`. */
  words: number;
  /** `cjkCharacters + words`: the "字数" an editor expects for mixed Chinese and English text. */
  characterCount: number;
  /** Whole minutes, rounded, at least 1 when anything is counted and 0 when nothing is. */
  readingMinutes: number;
}

/** A run of Chinese, Japanese or Korean characters (Han, kana, Hangul); global, for `matchAll` and `replace`. */
export const cjkRunPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
// A word starts with a letter or digit and may hold apostrophes and hyphens (don't, COVID-19).
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** Count CJK characters and other words in plain text and estimate the reading time. */
export function measureReading(text: string, options: ReadingOptions = {}): ReadingMeasure {
  const cjkCharacters = countCharactersInRuns(text, cjkRunPattern);
  // CJK runs become spaces so that "2022年3月" counts the numbers as two words, not one.
  let words = 0;
  for (const _ of text.replace(cjkRunPattern, ' ').matchAll(wordPattern)) words++;
  const minutes = cjkCharacters / (options.cjkCharactersPerMinute ?? 400) + words / (options.wordsPerMinute ?? 200);
  const characterCount = cjkCharacters + words;
  return { cjkCharacters, words, characterCount, readingMinutes: characterCount === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}

/**
 * How many characters (code points) of `text` the runs that `runPattern` (global, matching runs with `+`) finds hold.
 * Counted run by run: on Chinese text a match per character made an array of thousands of one-character strings.
 */
export function countCharactersInRuns(text: string, runPattern: RegExp): number {
  let count = 0;
  for (const [run] of text.matchAll(runPattern)) {
    // A character beyond the BMP (Han extension B and later) is two UTF-16 units.
    count += run.length - (run.match(HIGH_SURROGATES)?.length ?? 0);
  }
  return count;
}
const HIGH_SURROGATES = /[\uD800-\uDBFF]/g;
