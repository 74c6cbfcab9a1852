import type { SearchPlan } from './plan-search-query.ts';
import { normalizeToken } from './tokenize-search-text.ts';

/** How well an article's text answers a query. */
export type MatchLevel = 'phrase' | 'all' | 'none';

/**
 * Where one match is, to the character: from character `startChar` of token `start` to before character `endChar`
 * of token `end` (offsets in the tokens as written, not normalized). A match may start or end inside a token: `民共`
 * inside `人民共和国`, `app` at the start of `apple`.
 */
export interface MatchSpan {
  start: number;
  startChar: number;
  end: number;
  endChar: number;
}

/** Where and how a query matched one text. */
export interface TextMatch {
  /**
   * `phrase`: the units stand one after another as typed (for one unit: the unit is there); `all`: every unit is
   * there, apart; `none`: some unit is missing (a Chinese unit's characters apart, a Latin unit not at a word start).
   */
  level: MatchLevel;
  /** Whether every Latin word of the query matched a whole word, not only a word's start. */
  whole: boolean;
  /** Every match of every unit, in text order. */
  spans: MatchSpan[];
}

/** A text prepared for matching: runs of tokens between punctuation, each as one string of normalized tokens. */
interface Run {
  text: string;
  /** Index of the run's first token in the text's tokens. */
  first: number;
  /** Offset in `text` where each token of the run starts, and the end as the last entry. */
  starts: number[];
  /** For each token of the run, the offset in the written token of each normalized character, and its end. */
  offsets: (readonly number[])[];
}

/**
 * Check a text (an article's title, a break, and its body, as index tokens) against a query plan, the way a reader
 * judges a result: a Chinese unit must appear with its characters together (anywhere, also inside a longer word); a
 * unit starting with a Latin letter or digit must start where a word starts, and counts as a whole word only when
 * it ends where a word ends. Pagefind only says that each query word starts some word of the article; this decides
 * whether the article holds what was typed.
 */
export function matchSearchText(tokens: readonly string[], plan: Pick<SearchPlan, 'units'>): TextMatch {
  const runs = toRuns(tokens);
  const spans: MatchSpan[] = [];
  let whole = true;
  for (const unit of plan.units) {
    const found = findUnit(runs, unit.tokens.join(''));
    if (found.length === 0) return { level: 'none', whole: false, spans: [] };
    if (!found.some((match) => match.whole)) whole = false;
    spans.push(...found.map((match) => match.span));
  }
  const phrase = plan.units.length === 1 || findUnit(runs, plan.units.map((unit) => unit.tokens.join('')).join('')).length > 0;
  spans.sort((a, b) => a.start - b.start || a.startChar - b.startChar);
  return { level: phrase ? 'phrase' : 'all', whole, spans };
}

function toRuns(tokens: readonly string[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  tokens.forEach((token, index) => {
    const { text, offsets } = normalizeWithOffsets(token);
    if (text === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { text: '', first: index, starts: [], offsets: [] };
      runs.push(current);
    }
    current.starts.push(current.text.length);
    current.offsets.push(offsets);
    current.text += text;
  });
  for (const run of runs) run.starts.push(run.text.length);
  return runs;
}

/**
 * A token normalized as the index normalizes it (normalizeToken), character by character, keeping where in the
 * written token each normalized character comes from.
 */
function normalizeWithOffsets(token: string): NormalizedToken {
  let normalized = normalizedTokens.get(token);
  if (!normalized) {
    // Bounded: a page checks a few dozen articles, but a reader may search for a long time.
    if (normalizedTokens.size >= MAX_NORMALIZED_TOKENS) normalizedTokens.clear();
    normalized = normalizeCharacters(token);
    normalizedTokens.set(token, normalized);
  }
  return normalized;
}

interface NormalizedToken {
  text: string;
  readonly offsets: readonly number[];
}

/**
 * Tokens normalized so far. An article repeats its words, and checking a screen of results normalizes tens of
 * thousands of tokens character by character: remembering them keeps that off the reader's wait.
 */
const normalizedTokens = new Map<string, NormalizedToken>();
const MAX_NORMALIZED_TOKENS = 100_000;

function normalizeCharacters(token: string): NormalizedToken {
  // Most tokens are Chinese words of common characters, which normalizing leaves as they are.
  if (COMMON_HAN_WORD.test(token)) return { text: token, offsets: Array.from({ length: token.length + 1 }, (_, i) => i) };
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of token) {
    const normalized = normalizeToken(char);
    for (let i = 0; i < normalized.length; i++) offsets.push(at);
    text += normalized;
    at += char.length;
  }
  offsets.push(at);
  return { text, offsets };
}

const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;
/** CJK Unified Ideographs only (no compatibility ideographs, which normalizing changes). */
const COMMON_HAN_WORD = /^[\u4e00-\u9fff]+$/;

/** Occurrences of a normalized unit in the runs. */
function findUnit(runs: Run[], needle: string): { span: MatchSpan; whole: boolean }[] {
  if (needle === '') return [];
  const mustStartWord = WORD_CHAR.test(needle[0]!);
  const endsInWord = WORD_CHAR.test(needle.at(-1)!);
  const found: { span: MatchSpan; whole: boolean }[] = [];
  for (const run of runs) {
    for (let at = run.text.indexOf(needle); at >= 0; at = run.text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const start = lastStartAtOrBefore(run.starts, at);
      if (mustStartWord && run.starts[start] !== at) continue;
      const last = lastStartAtOrBefore(run.starts, end - 1);
      found.push({
        span: {
          start: run.first + start,
          startChar: run.offsets[start]![at - run.starts[start]!]!,
          end: run.first + last,
          endChar: run.offsets[last]![end - run.starts[last]!]!,
        },
        whole: !endsInWord || run.starts[last + 1] === end,
      });
    }
  }
  return found;
}

/** Index of the last token starting at or before `offset` (binary search; `starts` ascends). */
function lastStartAtOrBefore(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
