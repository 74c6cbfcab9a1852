import { describe, expect, test } from 'vitest';
import { autoShardSize, planSearchShards } from './plan-search-shards.ts';

/** Articles newest first: `count` per month, for the given months of one year (newest month first). */
function articles(year: number, months: Record<number, number>) {
  const list: { id: string; date: Date }[] = [];
  for (const [month, count] of Object.entries(months).sort(([a], [b]) => Number(b) - Number(a))) {
    for (let i = count; i >= 1; i--) list.push({ id: `${year}-${month}-${i}`, date: new Date(Date.UTC(year, Number(month) - 1, i, 4)) });
  }
  return list;
}
const options = { maxArticles: 10, timeZone: 'Asia/Shanghai' };

describe('planSearchShards', () => {
  test('plans no shard for an empty archive', () => {
    expect(planSearchShards([], options)).toEqual([]);
  });

  test('fills shards with whole months across years, oldest first, within the limit, newest shard first', () => {
    const archive = [...articles(2022, { 2: 3 }), ...articles(2021, { 12: 4 }), ...articles(2020, { 5: 5 }), ...articles(2019, { 1: 2 })];
    const shards = planSearchShards(archive, options);
    expect(shards.map((shard) => [shard.id, shard.years, shard.articles.length])).toEqual([
      ['2021-12', [2021, 2022], 7],
      ['2019-01', [2019, 2020], 7],
    ]);
    expect(shards.flatMap((shard) => shard.articles)).toEqual(archive);
  });

  test('starts a new shard where the next month does not fit', () => {
    const shards = planSearchShards([...articles(2022, { 2: 8 }), ...articles(2021, { 12: 4 })], options);
    expect(shards.map((shard) => [shard.id, shard.years])).toEqual([
      ['2022-02', [2022, 2022]],
      ['2021-12', [2021, 2021]],
    ]);
  });

  test('splits a big year into runs of whole months, none above the limit', () => {
    const shards = planSearchShards(articles(2022, { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4 }), options);
    expect(shards.map((shard) => [shard.id, shard.articles.length])).toEqual([
      ['2022-05', 4],
      ['2022-03', 8],
      ['2022-01', 8],
    ]);
    expect(shards.flatMap((shard) => shard.articles)).toEqual(articles(2022, { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4 }));
  });

  test('keeps older shards unchanged when a newer article arrives', () => {
    const before = planSearchShards(articles(2022, { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4 }), options);
    const after = planSearchShards(articles(2022, { 1: 4, 2: 4, 3: 4, 4: 4, 5: 5 }), options);
    expect(after.slice(1)).toEqual(before.slice(1));
    const years = [...articles(2021, { 3: 3 }), ...articles(2020, { 5: 5 })];
    const grown = planSearchShards([...articles(2022, { 1: 6 }), ...years], options);
    expect(grown.at(-1)).toEqual(planSearchShards(years, options)[0]);
  });

  test('with a smaller newest shard, gives it the newest months that fit, and cuts the older ones as usual', () => {
    const small = { ...options, newestMaxArticles: 5 };
    const archive = articles(2022, { 1: 4, 2: 4, 3: 4, 4: 4, 5: 2, 6: 3 });
    const shards = planSearchShards(archive, small);
    expect(shards.map((shard) => [shard.id, shard.articles.length])).toEqual([
      ['2022-05', 5],
      ['2022-03', 8],
      ['2022-01', 8],
    ]);
    expect(shards.flatMap((shard) => shard.articles)).toEqual(archive);
    // At least the newest month, whatever its size; an archive that fits is one shard.
    expect(planSearchShards(articles(2022, { 1: 4, 2: 9 }), small).map((shard) => [shard.id, shard.articles.length])).toEqual([
      ['2022-02', 9],
      ['2022-01', 4],
    ]);
    expect(planSearchShards(articles(2022, { 1: 2, 2: 3 }), small)).toHaveLength(1);
    // A new article in the newest month changes only the newest shard.
    const grown = planSearchShards(articles(2022, { 1: 4, 2: 4, 3: 4, 4: 4, 5: 2, 6: 4 }), { ...small, newestMaxArticles: 6 });
    expect(grown.slice(1)).toEqual(planSearchShards(archive, { ...small, newestMaxArticles: 6 }).slice(1));
  });

  test('splits a month bigger than the limit by count', () => {
    const shards = planSearchShards(articles(2022, { 3: 25 }), options);
    expect(shards.map((shard) => [shard.id, shard.articles.length])).toEqual([
      ['2022-03-3', 5],
      ['2022-03-2', 10],
      ['2022-03-1', 10],
    ]);
  });
});

describe('autoShardSize', () => {
  test('keeps shards small while an archive fits in 45 of them, then grows them in few steps', () => {
    expect(autoShardSize(0)).toBe(1000);
    expect(autoShardSize(10_000)).toBe(1000);
    expect(autoShardSize(45_000)).toBe(1000);
    expect(autoShardSize(45_001)).toBe(2500);
    expect(autoShardSize(112_500)).toBe(2500);
    expect(autoShardSize(112_501)).toBe(5000);
    expect(autoShardSize(1_000_000)).toBe(5000);
  });

  // Regression: with at most 40 shards, adding one article to a 100,000-article archive (the benchmark's size)
  // changed the size to 5,000 and re-indexed every shard.
  test('keeps the size of round archive sizes when a few articles are added or removed', () => {
    for (const size of [1_000, 5_000, 10_000, 20_000, 25_000, 30_000, 40_000, 50_000, 60_000, 75_000, 100_000, 150_000, 200_000, 250_000, 500_000, 1_000_000]) {
      for (const change of [-100, -1, 1, 100]) expect(autoShardSize(size + change), `${size}${change > 0 ? '+' : ''}${change}`).toBe(autoShardSize(size));
    }
  });
});
