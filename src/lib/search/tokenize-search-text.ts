/**
 * Bump when {@link tokenizeSearchText} cuts text differently: every search shard is indexed again (the search stage
 * cuts each article's cached body text as it writes the shard's documents).
 */
export const SEARCH_TEXT_VERSION = '1';

/**
 * Stands between lines (and between two Chinese words the text separates with a space): it is not a word, so
 * Pagefind indexes nothing for it, but it takes a position, so a phrase never matches across it.
 */
export const BREAK_TOKEN = '¶';

// The browser's segmenter and Node's come from the same ICU data: the build and the search page cut text alike.
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const WHITESPACE = /^[\s\u200b-\u200d\ufeff]+$/u;

/**
 * Cut text into the tokens the search index holds, in order: words as the browser's `Intl.Segmenter` cuts them
 * (Chinese words, Latin words, numbers such as `3.5`), punctuation as tokens of its own, and {@link BREAK_TOKEN}
 * between lines. Whitespace is dropped: Pagefind reads the tokens separated by spaces, so each token becomes one
 * word position and a phrase is a run of consecutive positions.
 *
 * Indexing these words instead of letting Pagefind 1.6 segment Chinese (jieba words plus every pair of adjacent
 * characters) keeps about a third of the distinct tokens per article; the search page recovers pieces of words at
 * query time (see plan-search-query.ts). Word characters are NFKC-normalized, so full-width `ＡＰＰ１２` is `APP12`.
 */
export function tokenizeSearchText(text: string): string[] {
  const tokens: string[] = [];
  for (const line of text.split('\n')) {
    let pendingSpace = false;
    let startOfLine = true;
    for (const { segment, isWordLike } of SEGMENTER.segment(line)) {
      if (WHITESPACE.test(segment)) {
        pendingSpace = true;
        continue;
      }
      const token = isWordLike ? segment.normalize('NFKC') : segment;
      // A space between two Chinese words is unusual and meaningful (two items, not one phrase); elsewhere spaces
      // only separate Latin words, which are separate positions anyway.
      if (pendingSpace && !startOfLine && HAN.test(token[0]!) && HAN.test(tokens.at(-1)!.at(-1)!)) tokens.push(BREAK_TOKEN);
      pendingSpace = false;
      startOfLine = false;
      tokens.push(...token.split(/\s+/).filter((part) => part !== ''));
    }
    if (!startOfLine) tokens.push(BREAK_TOKEN);
  }
  if (tokens.at(-1) === BREAK_TOKEN) tokens.pop();
  return tokens;
}

/**
 * The form Pagefind indexes and searches a token under: letters and digits only, lower-cased, without diacritics
 * (kana keep their voicing marks), as Pagefind 1.6's own query normalization (`normalizeDiacritics` in its worker).
 */
export function normalizeToken(token: string): string {
  let kept = '';
  for (const char of token.toLowerCase()) if (/[\p{L}\p{N}\p{M}]/u.test(char)) kept += char;
  const stripped = kept.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** Whether a token is made of Chinese characters only. */
export function isHanToken(token: string): boolean {
  return /^\p{Script=Han}+$/u.test(token);
}

/**
 * Text for a reader from tokens (an excerpt): tokens joined without the spaces that separate them in the index,
 * except between two Latin words or numbers and after Latin punctuation, where the original text had a space.
 */
export function joinTokens(tokens: readonly string[]): string {
  return joinMarkedTokens(tokens, () => [])
    .map((part) => part.text)
    .join('');
}

/** A piece of joined text, marked (a match) or not. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * Like {@link joinTokens}, in parts: `marksOf(index)` gives the character ranges `[from, to)` of token `index` that
 * are marked. A space the joining adds goes into the unmarked side, so a mark never begins or ends with one.
 */
export function joinMarkedTokens(tokens: readonly string[], marksOf: (index: number) => readonly (readonly [number, number])[]): TextPart[] {
  const parts: TextPart[] = [];
  const add = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else if (text !== '') parts.push({ text, marked });
  };
  let previous = '';
  let space = false;
  tokens.forEach((token, index) => {
    if (token === BREAK_TOKEN) {
      space = previous !== '';
      previous = '';
      return;
    }
    const pieces = splitToken(token, marksOf(index));
    if (parts.length > 0 && (space || (previous !== '' && needsSpace(previous, token)))) {
      const last = parts.at(-1)!;
      if (last.marked && pieces[0]!.marked) last.text += ' ';
      else if (!last.marked) last.text += ' ';
      else pieces[0]!.text = ` ${pieces[0]!.text}`;
    }
    for (const piece of pieces) add(piece.text, piece.marked);
    space = false;
    previous = token;
  });
  return parts;
}

/** A token cut where its marks begin and end. */
function splitToken(token: string, marks: readonly (readonly [number, number])[]): TextPart[] {
  if (marks.length === 0) return [{ text: token, marked: false }];
  const pieces: TextPart[] = [];
  let at = 0;
  for (const [from, to] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, from);
    if (start > at) pieces.push({ text: token.slice(at, start), marked: false });
    if (to > start) pieces.push({ text: token.slice(start, to), marked: true });
    at = Math.max(at, to);
  }
  if (at < token.length) pieces.push({ text: token.slice(at), marked: false });
  return pieces;
}

const LATIN_END = /[\p{Script=Latin}\p{N}]$/u;
const LATIN_START = /^[\p{Script=Latin}\p{N}]/u;

function needsSpace(previous: string, next: string): boolean {
  if (LATIN_END.test(previous) && LATIN_START.test(next)) return true;
  if (/[,.;:!?)\]]$/.test(previous) && LATIN_START.test(next)) return true;
  return LATIN_END.test(previous) && /^[([]/.test(next);
}
