import { routerKeysOf } from './router-keys.ts';
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

/** How the search page asks Pagefind and the shard router about a query. */
export interface SearchPlan {
  units: SearchUnit[];
  /**
   * Every unit's tokens, in order, as Pagefind's exact search: a result holds them at consecutive positions, so the
   * units appear whole and one after another. Undefined when the query has a single token (exact is then `all`).
   */
  exact: string;
  /** Every token, each a word or the start of a word somewhere in the article (Pagefind's normal search). */
  all: string;
  /**
   * Like `all` without the first token of each Chinese unit of several tokens: that token may be the end of a
   * longer word in the text (`司宣布` typed from `公司宣布`), which Pagefind cannot match. Undefined when it
   * would equal `all`.
   */
  rest?: string;
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
 * Turn what the reader typed into a search plan, with the same tokenizer the build indexed the articles with. Text
 * between spaces is one unit (a Chinese phrase typed without spaces must appear as typed); a query in quotes is one
 * unit. Returns undefined for a query without any word.
 */
export function planSearchQuery(query: string): SearchPlan | undefined {
  const quoted = QUOTED.exec(query);
  const parts = quoted ? [quoted[1]!.trim()] : query.trim().split(/\s+/u);
  const units = parts.map(toUnit).filter((unit) => unit.tokens.length > 0);
  if (units.length === 0) return undefined;
  const tokens = units.flatMap((unit) => unit.tokens);
  const restTokens = units.flatMap((unit) => (!unit.latin && unit.tokens.length > 1 && isHanToken(unit.tokens[0]!) ? unit.tokens.slice(1) : unit.tokens));
  const all = tokens.join(' ');
  const rest = restTokens.join(' ');
  return {
    units,
    exact: `"${all}"`,
    all,
    ...(rest !== all ? { rest } : {}),
    keys: [...new Set(units.flatMap((unit) => routerKeysOf(unit.tokens)))],
    phraseKeys: junctionKeys(units),
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

/** Keys for the characters where one unit meets the next: the query as a phrase needs them too. */
function junctionKeys(units: SearchUnit[]): string[] {
  const keys = new Set<string>();
  for (let i = 1; i < units.length; i++) {
    const joined = [units[i - 1]!.tokens.at(-1)!, units[i]!.tokens[0]!];
    for (const key of routerKeysOf(joined)) keys.add(key);
  }
  return [...keys].filter((key) => !units.some((unit) => routerKeysOf(unit.tokens).includes(key)));
}
