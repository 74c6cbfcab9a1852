import { countCharacters } from '../html/measure-reading.ts';

/** Share of Latin letters above which a text is taken to be English. */
const LATIN_SHARE = 0.9;
/** Fewer letters than this say nothing reliable. */
const MIN_LETTERS = 20;

/**
 * `'en'` when a text (an article's title and body) is written in Latin letters with hardly any Chinese, Japanese or
 * Korean ones, so that the page can say so (`lang`) and the browser picks fonts, quotes and hyphenation for it;
 * undefined otherwise, when the page's own language (the site's) applies. A Chinese article quoting English names
 * stays Chinese: the share counts letters, and a Han character is a word's worth of them.
 */
export function detectTextLanguage(text: string): 'en' | undefined {
  const { cjkCharacters: cjk, latinLetters: latin } = countCharacters(text);
  // A Chinese character carries about as much as a short English word: weigh it so.
  const cjkWeighted = cjk * 3;
  if (latin + cjkWeighted < MIN_LETTERS) return undefined;
  return latin / (latin + cjkWeighted) >= LATIN_SHARE ? 'en' : undefined;
}
