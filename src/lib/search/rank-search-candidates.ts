import type { MatchLevel } from './match-search-text.ts';

/**
 * How promising a Pagefind result is before its text is checked, best first: found by the exact search (the
 * query's words at consecutive positions); by the normal search with its words at consecutive positions; by the
 * normal search, apart; by the search without each unit's first word (see plan-search-query.ts), at consecutive
 * positions; apart.
 */
export type Tier = 0 | 1 | 2 | 3 | 4;

/** Which of a query's Pagefind searches found a result, and where its words are. */
export interface SearchHits {
  exact: boolean;
  /** Word positions from the normal search, if it found the result. */
  all?: readonly number[];
  /** Word positions from the search without first words, if it found the result. */
  rest?: readonly number[];
}

/**
 * The tier of a result; `allOffsets` and `restOffsets` are where the words of the two searches stand in the query
 * (see PagefindQuery): words found at those distances stand as typed.
 */
export function tierOf(hits: SearchHits, allOffsets: readonly number[], restOffsets: readonly number[]): Tier {
  if (hits.exact) return 0;
  if (hits.all) return hasPattern(hits.all, allOffsets) ? 1 : 2;
  // One word of the rest standing anywhere says nothing of the phrase.
  return restOffsets.length >= 2 && hasPattern(hits.rest ?? [], restOffsets) ? 3 : 4;
}

/** Whether some position `p` of the sorted positions has `p + offset` among them for every offset. */
export function hasPattern(positions: readonly number[], offsets: readonly number[]): boolean {
  if (positions.length === 0) return false;
  const present = new Set(positions);
  return positions.some((start) => offsets.every((offset) => present.has(start + offset)));
}

/** A result whose text was checked against the query. */
export interface CheckedResult {
  level: MatchLevel;
  /** Every Latin word of the query matched a whole word. */
  whole: boolean;
  tier: Tier;
  score: number;
}

/**
 * Order checked results for a reader, best first: the query as a phrase before its units apart; whole Latin words
 * before words that only start with what was typed; then by tier and Pagefind's score. When some result matches
 * every Latin word whole, results matching a Latin word only by its start are left out: `app` lists articles about
 * apps, not every article with `apple` in it.
 */
export function rankCheckedResults<T extends CheckedResult>(results: readonly T[]): T[] {
  const matching = results.filter((result) => result.level !== 'none');
  const anyWhole = matching.some((result) => result.whole);
  return matching
    .filter((result) => !anyWhole || result.whole)
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.tier - b.tier || b.score - a.score);
}

function levelRank(level: MatchLevel): number {
  return level === 'phrase' ? 0 : level === 'all' ? 1 : 2;
}

/** A shard as the status line describes it: its first and last month, `YYYY-MM`. */
export interface ShardSpan {
  id: string;
  months: readonly [string, string];
}

/**
 * The part of the archive some shards cover, as a reader reads it: runs of consecutive shards, oldest first, each
 * in whole years where it begins and ends with a year of the archive (`2015–2019 年`), else to the month
 * (`2024 年 7 月–2025 年 2 月`, `2026 年 3–12 月`). `shards` is every shard, newest first (as in `shards.json`).
 */
export function describeShards(shards: readonly ShardSpan[], selected: ReadonlySet<string>): string {
  const ordered = [...shards].reverse();
  const runs: [number, number][] = [];
  ordered.forEach((shard, index) => {
    if (!selected.has(shard.id)) return;
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  });
  return runs
    .map(([from, to]) => {
      const [y1, m1] = ordered[from]!.months[0].split('-').map(Number) as [number, number];
      const [y2, m2] = ordered[to]!.months[1].split('-').map(Number) as [number, number];
      const startsYear = from === 0 || Number(ordered[from - 1]!.months[1].slice(0, 4)) < y1;
      const endsYear = to === ordered.length - 1 || Number(ordered[to + 1]!.months[0].slice(0, 4)) > y2;
      if (startsYear && endsYear) return y1 === y2 ? `${y1} 年` : `${y1}–${y2} 年`;
      if (y1 === y2) return m1 === m2 ? `${y1} 年 ${m1} 月` : `${y1} 年 ${m1}–${m2} 月`;
      return `${startsYear ? `${y1} 年` : `${y1} 年 ${m1} 月`}–${endsYear ? `${y2} 年` : `${y2} 年 ${m2} 月`}`;
    })
    .join('、');
}

/** Every year from the first to the last of each range. */
export function yearsOf(ranges: Iterable<readonly [number, number]>): number[] {
  const years: number[] = [];
  for (const [first, last] of ranges) for (let year = first; year <= last; year++) years.push(year);
  return years;
}
