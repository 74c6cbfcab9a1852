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

/** Count CJK characters and other words in plain text and estimate the reading time. */
export function measureReading(text: string, options: ReadingOptions = {}): ReadingMeasure {
  const { cjkCharacters, words } = countCharacters(text);
  const minutes = cjkCharacters / (options.cjkCharactersPerMinute ?? 400) + words / (options.wordsPerMinute ?? 200);
  const characterCount = cjkCharacters + words;
  return { cjkCharacters, words, characterCount, readingMinutes: characterCount === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}

/** What a text is written in, counted in one pass. */
export interface CharacterCounts {
  /** Characters (code points) of Han, hiragana, katakana and hangul. */
  cjkCharacters: number;
  /** Letters (code points) of the Latin script. */
  latinLetters: number;
  /**
   * Words outside CJK text: a letter or digit, then letters, marks, digits, apostrophes and hyphens (don't, COVID-19).
   * A CJK character ends a word, so "2022年3月" holds two.
   */
  words: number;
}

/** The character classes the counts need, as Unicode defines them (script, general category). */
const CJK = 1;
const LATIN = 2;
const WORD_START = 4;
const WORD_PART = 8;
const CLASS_TESTS: [RegExp, number][] = [
  [/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u, CJK],
  [/^\p{Script=Latin}$/u, LATIN],
  [/^[\p{L}\p{N}]$/u, WORD_START],
  [/^[\p{L}\p{M}\p{N}'’-]$/u, WORD_PART],
];

function classesOf(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  let classes = 0;
  for (const [test, flag] of CLASS_TESTS) if (test.test(character)) classes |= flag;
  return classes;
}

/**
 * The classes of every code point of the BMP, tested once per thread (about 30 ms): looking a character up is what
 * makes one pass cheap, where regular expressions with Unicode properties cost a match (a string and an array) per run
 * of Han characters, thousands per Chinese article.
 */
let bmpClasses: Uint8Array | undefined;
/** Classes of the code points beyond the BMP met so far (rare: Han extensions, emoji). */
const astralClasses = new Map<number, number>();

/** Count a text's CJK characters, Latin letters and other words (see {@link CharacterCounts}). */
export function countCharacters(text: string): CharacterCounts {
  const bmp = (bmpClasses ??= Uint8Array.from({ length: 0x10000 }, (_, codePoint) => classesOf(codePoint)));
  let cjkCharacters = 0;
  let latinLetters = 0;
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    let classes: number;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      code = text.codePointAt(index)!;
      index++;
      let astral = astralClasses.get(code);
      if (astral === undefined) astralClasses.set(code, (astral = classesOf(code)));
      classes = astral;
    } else {
      classes = bmp[code]!;
    }
    if (classes & CJK) {
      cjkCharacters++;
      inWord = false;
      continue;
    }
    if (classes & LATIN) latinLetters++;
    if (inWord && classes & WORD_PART) continue;
    inWord = (classes & WORD_START) !== 0;
    if (inWord) words++;
  }
  return { cjkCharacters, latinLetters, words };
}
