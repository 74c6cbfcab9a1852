import { describe, expect, test } from 'vitest';
import { describeShards, hasPattern, rankCheckedResults, tierOf, yearsOf } from './rank-search-candidates.ts';

describe('hasPattern', () => {
  test('finds nothing in no positions, or words at other distances', () => {
    expect(hasPattern([], [0])).toBe(false);
    expect(hasPattern([4, 6, 8], [0, 1])).toBe(false);
    expect(hasPattern([4, 6, 8], [0, 3])).toBe(false);
  });

  test('finds words at the distances they have in the query', () => {
    expect(hasPattern([1, 5, 6, 7, 20], [0, 1, 2])).toBe(true);
    expect(hasPattern([2, 9, 12, 14], [0, 3, 5])).toBe(true);
    expect(hasPattern([9], [0])).toBe(true);
  });
});

describe('tierOf', () => {
  test('ranks the exact search first, then words as typed before words apart, normal search before the rest', () => {
    expect(tierOf({ exact: true, all: [1, 9] }, [0, 1], [0])).toBe(0);
    expect(tierOf({ exact: false, all: [3, 4] }, [0, 1], [0])).toBe(1);
    expect(tierOf({ exact: false, all: [3, 9] }, [0, 1], [0])).toBe(2);
    expect(tierOf({ exact: false, rest: [3, 4] }, [0, 1, 2], [0, 1])).toBe(3);
    expect(tierOf({ exact: false, rest: [3] }, [0, 1, 2], [0, 1])).toBe(4);
    expect(tierOf({ exact: false, rest: [3] }, [0, 1], [0])).toBe(4);
  });
});

describe('rankCheckedResults', () => {
  const result = (level: 'phrase' | 'all' | 'none', whole: boolean, tier: 0 | 1 | 2 | 3 | 4, score: number) => ({ level, whole, tier, score });

  test('leaves out results that do not match', () => {
    expect(rankCheckedResults([result('none', true, 0, 9)])).toEqual([]);
  });

  test('puts phrases first, then tier, then score', () => {
    const ranked = rankCheckedResults([result('all', true, 0, 9), result('phrase', true, 2, 1), result('phrase', true, 1, 1), result('phrase', true, 1, 5)]);
    expect(ranked.map((r) => [r.level, r.tier, r.score])).toEqual([['phrase', 1, 5], ['phrase', 1, 1], ['phrase', 2, 1], ['all', 0, 9]]);
  });

  test('leaves out matches of a word\'s start only when some result matches the whole word', () => {
    expect(rankCheckedResults([result('phrase', false, 1, 9), result('phrase', true, 1, 1)]).map((r) => r.score)).toEqual([1]);
    expect(rankCheckedResults([result('phrase', false, 1, 9)]).map((r) => r.score)).toEqual([9]);
  });
});

describe('describeShards', () => {
  const shards = [
    { id: 'e', months: ['2026-08', '2026-12'] },
    { id: 'd', months: ['2026-01', '2026-07'] },
    { id: 'c', months: ['2024-07', '2025-12'] },
    { id: 'b', months: ['2020-01', '2024-06'] },
    { id: 'a', months: ['2015-03', '2019-11'] },
  ] as const;
  const describe_ = (ids: string[]) => describeShards(shards, new Set(ids));

  test('says nothing of no shard', () => {
    expect(describe_([])).toBe('');
  });

  test('names whole years where a run begins and ends with a year of the archive', () => {
    expect(describe_(['a'])).toBe('2015–2019 年');
    expect(describe_(['a', 'b', 'c', 'd', 'e'])).toBe('2015–2026 年');
    expect(describe_(['d', 'e'])).toBe('2026 年');
  });

  test('names months where a run begins or ends inside a year, oldest first, each run once', () => {
    expect(describe_(['e'])).toBe('2026 年 8–12 月');
    expect(describe_(['c'])).toBe('2024 年 7 月–2025 年');
    expect(describe_(['a', 'c', 'e'])).toBe('2015–2019 年、2024 年 7 月–2025 年、2026 年 8–12 月');
  });
});

describe('yearsOf', () => {
  test('expands shard year ranges', () => {
    expect(yearsOf([[2015, 2017], [2020, 2020]])).toEqual([2015, 2016, 2017, 2020]);
  });
});
