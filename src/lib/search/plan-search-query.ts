import { lookupKeys, routerKeysOf } from './router-keys.ts';
import { BREAK_TOKEN, isHanToken, normalizeToken, tokenizeSearchText } from './tokenize-search-text.ts';

/** One part of a query that must appear as it is typed: a run of text between spaces, or a quoted phrase. */
export interface SearchUnit {
  /** The unit as the reader typed it, for highlighting on the article page. */
  text: string;
  /** Its tokens in the index's normalized form, punctuation left out. */
  tokens: string[];
  /** Whether its tokens are all Latin letters or digits: such a unit matches whole words (or a word's start). */
  latin: boolean;
}

/** One search to ask Pagefind: its words, and where each stands among the query's tokens. */
export interface PagefindQuery {
  /** The words separated by spaces (in quotes for an exact search). */
  text: string;
  /** Token positions of the words relative to the first: an article with its matches at those positions holds them as typed. */
  offsets: number[];
}

/** How the search page asks Pagefind and the shard router about a query. */
export interface SearchPlan {
  units: SearchUnit[];
  /**
   * Pagefind's exact search: consecutive words of the query at consecutive positions. Undefined for a single Chinese
   * word: the normal search finds every article the exact one would (a Chinese query matches by its characters, also
   * at the start of a longer word), and for a common word each search is a thousand results to score and pass on.
   */
  exact?: PagefindQuery;
  /** Pagefind's normal search: each word is a word, or the start of one, somewhere in the article. */
  all: PagefindQuery;
  /**
   * Like `all` without the first word of a Chinese unit: that word may be the end of a longer word in the text
   * (`司宣布` typed from `公司宣布`), which Pagefind cannot match. Undefined when it would equal `all`.
   */
  rest?: PagefindQuery;
  /** Router keys each shard must hold for the query to match there (every unit present). */
  keys: string[];
  /** Keys a shard must hold besides `keys` for the units to stand next to each other (the phrase). */
  phraseKeys: string[];
  /** The query was in quotes: only the exact phrase counts. */
  quoted: boolean;
}

/** Double quotes around the whole query, ASCII or Chinese. */
const QUOTED = /^\s*["“”「](.+)["“”」]\s*$/su;
/**
 * Most words asked of Pagefind in one search. Each word costs one index chunk per shard searched; a long phrase is
 * found by a few of its longest (rarest) words, and its text is checked on the results anyway.
 */
export const MAX_TERMS = 3;

/**
 * Turn what the reader typed into a search plan, with the same tokenizer the build indexed the articles with. Text
 * between spaces is one unit (a Chinese phrase typed without spaces must appear as typed); a query in quotes is one
 * unit. Returns undefined for a query without any word.
 */
export function planSearchQuery(query: string): SearchPlan | undefined {
  const quoted = QUOTED.exec(query);
  const parts = quoted ? [quoted[1]!.trim()] : query.trim().split(/\s+/u);
  const units = parts.map(toUnit).filter((unit) => unit.tokens.length > 0);
  if (units.length === 0) return undefined;
  const tokens = units.flatMap((unit, index) => unit.tokens.map((token, at) => ({ token, unit: index, first: at === 0 })));
  // A Chinese unit's first word may end a longer word in the text; the rest search leaves it out.
  const maybeTail = (at: number) => tokens[at]!.first && isHanToken(tokens[at]!.token) && units[tokens[at]!.unit]!.tokens.length > 1 && !units[tokens[at]!.unit]!.latin;
  const all = selectTerms(tokens.map((entry) => entry.token), tokens.map((entry) => entry.unit), () => true);
  const rest = selectTerms(tokens.map((entry) => entry.token), tokens.map((entry) => entry.unit), (at) => !maybeTail(at));
  const unitKeys = [...new Set(units.flatMap((unit) => routerKeysOf(unit.tokens)))];
  const singleChineseWord = tokens.length === 1 && !units[0]!.latin;
  return {
    units,
    ...(singleChineseWord ? {} : { exact: exactWindow(tokens.map((entry) => entry.token)) }),
    all,
    ...(rest.text !== all.text && rest.offsets.length > 0 ? { rest } : {}),
    keys: lookupKeys(unitKeys),
    phraseKeys: lookupKeys([...unitKeys, ...junctionKeys(units)]).filter((key) => !unitKeys.includes(key)),
    quoted: quoted !== null,
  };
}

function toUnit(text: string): SearchUnit {
  const tokens = tokenizeSearchText(text)
    .filter((token) => token !== BREAK_TOKEN)
    .map(normalizeToken)
    .filter((token) => token !== '');
  return { text, tokens, latin: tokens.every((token) => /^[\p{Script=Latin}\p{N}]+$/u.test(token)) };
}

/**
 * At most {@link MAX_TERMS} of the tokens `allowed` at their index, in query order: the longest of each unit first
 * (every unit must be in a result), then the longest left.
 */
function selectTerms(tokens: string[], unitOf: number[], allowed: (index: number) => boolean): PagefindQuery {
  const candidates = tokens.map((token, index) => ({ token, index })).filter(({ index }) => allowed(index));
  const byLength = [...candidates].sort((a, b) => [...b.token].length - [...a.token].length || a.index - b.index);
  const chosen = new Map<number, string>();
  for (const unit of new Set(unitOf)) {
    const longest = byLength.find((candidate) => unitOf[candidate.index] === unit);
    if (longest && chosen.size < MAX_TERMS) chosen.set(longest.index, longest.token);
  }
  for (const candidate of byLength) {
    if (chosen.size >= MAX_TERMS) break;
    if (![...chosen.values()].includes(candidate.token)) chosen.set(candidate.index, candidate.token);
  }
  const picked = [...chosen].sort(([a], [b]) => a - b);
  return { text: picked.map(([, token]) => token).join(' '), offsets: picked.map(([index]) => index - (picked[0]?.[0] ?? 0)) };
}

/** The exact search: the consecutive run of at most {@link MAX_TERMS} tokens with the most characters. */
function exactWindow(tokens: string[]): PagefindQuery {
  const size = Math.min(MAX_TERMS, tokens.length);
  let best = 0;
  let bestLength = -1;
  for (let start = 0; start + size <= tokens.length; start++) {
    const length = tokens.slice(start, start + size).join('').length;
    if (length > bestLength) {
      best = start;
      bestLength = length;
    }
  }
  const window = tokens.slice(best, best + size);
  return { text: `"${window.join(' ')}"`, offsets: window.map((_, index) => index) };
}

/** Keys for the characters where one unit meets the next: the query as a phrase needs them too. */
function junctionKeys(units: SearchUnit[]): string[] {
  const keys = new Set<string>();
  for (let i = 1; i < units.length; i++) {
    const joined = [units[i - 1]!.tokens.at(-1)!, units[i]!.tokens[0]!];
    for (const key of routerKeysOf(joined)) keys.add(key);
  }
  return [...keys].filter((key) => !units.some((unit) => routerKeysOf(unit.tokens).includes(key)));
}
