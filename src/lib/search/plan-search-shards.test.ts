import { describe, expect, test } from 'vitest';
import { planSearchShards } from './plan-search-shards.ts';

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

  test('puts small years together, oldest first, within the limit, newest shard first', () => {
    const shards = planSearchShards([...articles(2022, { 2: 3 }), ...articles(2021, { 12: 4 }), ...articles(2020, { 5: 5 }), ...articles(2019, { 1: 2 })], options);
    expect(shards.map((shard) => [shard.id, shard.years, shard.articles.length])).toEqual([
      ['2021-2022', [2021, 2022], 7],
      ['2019-2020', [2019, 2020], 7],
    ]);
    expect(shards.flatMap((shard) => shard.articles).map((article) => article.id)).toEqual(
      [...articles(2022, { 2: 3 }), ...articles(2021, { 12: 4 }), ...articles(2020, { 5: 5 }), ...articles(2019, { 1: 2 })].map((article) => article.id),
    );
  });

  test('keeps a year alone when the next one does not fit beside it', () => {
    const shards = planSearchShards([...articles(2022, { 2: 8 }), ...articles(2021, { 12: 4 })], options);
    expect(shards.map((shard) => [shard.id, shard.years])).toEqual([
      ['2022', [2022, 2022]],
      ['2021', [2021, 2021]],
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

  test('splits a month bigger than the limit by count', () => {
    const shards = planSearchShards(articles(2022, { 3: 25 }), options);
    expect(shards.map((shard) => [shard.id, shard.articles.length])).toEqual([
      ['2022-03-3', 5],
      ['2022-03-2', 10],
      ['2022-03-1', 10],
    ]);
  });
});
