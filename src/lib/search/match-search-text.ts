import type { SearchPlan } from './plan-search-query.ts';
import { normalizeToken } from './tokenize-search-text.ts';

/** How well an article's text answers a query. */
export type MatchLevel = 'phrase' | 'all' | 'none';

/** Where and how a query matched one text. */
export interface TextMatch {
  /**
   * `phrase`: the units stand one after another as typed (for one unit: the unit is there); `all`: every unit is
   * there, apart; `none`: some unit is missing (a Chinese unit's characters apart, a Latin unit not at a word start).
   */
  level: MatchLevel;
  /** Whether every Latin word of the query matched a whole word, not only a word's start. */
  whole: boolean;
  /** Token ranges `[start, end)` of the matches, in order, for marking them. */
  spans: [number, number][];
}

/** A text prepared for matching: runs of tokens between punctuation, each as one string of normalized tokens. */
interface Run {
  text: string;
  /** Index of the run's first token in the text's tokens. */
  first: number;
  /** Character offset in `text` where each token of the run starts, and the end as the last entry. */
  starts: number[];
}

/**
 * Check a text (an article's title, a break, and its body, as index tokens) against a query plan, the way a reader judges a
 * result: a Chinese unit must appear with its characters together (anywhere, also inside a longer word); a unit
 * starting with a Latin letter or digit must start where a word starts, and counts as a whole word only when it
 * ends where a word ends. Pagefind only says that each query word starts some word of the article; this decides
 * whether the article holds what was typed.
 */
export function matchSearchText(tokens: readonly string[], plan: Pick<SearchPlan, 'units'>): TextMatch {
  const runs = toRuns(tokens);
  const spans: [number, number][] = [];
  let whole = true;
  for (const unit of plan.units) {
    const found = findUnit(runs, unit.tokens.join(''));
    if (found.length === 0) return { level: 'none', whole: false, spans: [] };
    if (!found.some((match) => match.whole)) whole = false;
    spans.push(...found.map((match) => match.span));
  }
  const phrase = plan.units.length === 1 || findUnit(runs, plan.units.map((unit) => unit.tokens.join('')).join('')).length > 0;
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { level: phrase ? 'phrase' : 'all', whole, spans };
}

function toRuns(tokens: readonly string[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  tokens.forEach((token, index) => {
    const normalized = normalizeToken(token);
    if (normalized === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { text: '', first: index, starts: [] };
      runs.push(current);
    }
    current.starts.push(current.text.length);
    current.text += normalized;
  });
  for (const run of runs) run.starts.push(run.text.length);
  return runs;
}

const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

/** Occurrences of a normalized unit in the runs, with their token spans. */
function findUnit(runs: Run[], needle: string): { span: [number, number]; whole: boolean }[] {
  if (needle === '') return [];
  const mustStartWord = WORD_CHAR.test(needle[0]!);
  const endsInWord = WORD_CHAR.test(needle.at(-1)!);
  const found: { span: [number, number]; whole: boolean }[] = [];
  for (const run of runs) {
    for (let at = run.text.indexOf(needle); at >= 0; at = run.text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const startToken = lastStartAtOrBefore(run.starts, at);
      if (mustStartWord && run.starts[startToken] !== at) continue;
      const endToken = firstStartAtOrAfter(run.starts, end);
      found.push({ span: [run.first + startToken, run.first + endToken], whole: !endsInWord || run.starts[endToken] === end });
    }
  }
  return found;
}

/** Index of the last token starting at or before `offset` (binary search; `starts` ascends). */
function lastStartAtOrBefore(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Index of the first token starting at or after `offset`, or the end entry. */
function firstStartAtOrAfter(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
