import { getDateParts, pad2 } from '../article/format-date.ts';

/** Options for {@link planSearchShards}. */
export interface PlanSearchShardsOptions {
  /**
   * Most articles in one shard. Pagefind holds a whole shard's index in memory while writing it (about 0.3 MB per
   * Chinese article with the index's own tokens, README "Search"), so this bounds the indexer's memory.
   */
  maxArticles: number;
  timeZone: string;
}

/** A group of articles indexed together into one Pagefind bundle. */
export interface SearchShard<T> {
  /** Stable, path-safe id: `2022`, `2015-2019` (several whole years), or `2022-07` (first month) when a year is split. */
  id: string;
  /** Oldest and newest year of the shard's articles (a year filter searches the shards that overlap it). */
  years: [number, number];
  articles: T[];
}

/**
 * Group articles (given newest first) into shards, newest first. Whole years are put together, oldest first, as
 * long as a shard stays within `maxArticles` (fewer, bigger shards: searching every year costs one index per shard);
 * a year with more articles than that is split into runs of whole months (a single bigger month by count). Shards
 * follow the calendar and fill from the oldest year, so a new article changes only the newest shard.
 */
export function planSearchShards<T extends { date: Date }>(articles: T[], options: PlanSearchShardsOptions): SearchShard<T>[] {
  const shards: SearchShard<T>[] = [];
  let run: { first: number; last: number; items: T[] } | undefined;
  const close = () => {
    if (run) shards.push({ id: run.first === run.last ? String(run.first) : `${run.first}-${run.last}`, years: [run.first, run.last], articles: run.items });
    run = undefined;
  };
  for (const year of groupBy(articles, (article) => getDateParts(article.date, options.timeZone).year).reverse()) {
    if (year.items.length > options.maxArticles) {
      close();
      shards.push(...splitYear(year.key, year.items, options).reverse());
      continue;
    }
    if (run && run.items.length + year.items.length > options.maxArticles) close();
    run ??= { first: year.key, last: year.key, items: [] };
    run.last = year.key;
    run.items = [...year.items, ...run.items];
  }
  close();
  return shards.reverse();
}

/** A year bigger than a shard, as runs of whole months, newest first. */
function splitYear<T extends { date: Date }>(year: number, articles: T[], options: PlanSearchShardsOptions): SearchShard<T>[] {
  const months = groupBy(articles, (article) => getDateParts(article.date, options.timeZone).month);
  // Build from the oldest month up, so that a new article (at the newest end) leaves the older shards unchanged.
  const shards: SearchShard<T>[] = [];
  let current: { firstMonth: number; items: T[] } | undefined;
  for (const month of months.reverse()) {
    if (month.items.length > options.maxArticles) {
      if (current) shards.push(toShard(year, current));
      current = undefined;
      const items = [...month.items].reverse();
      for (let start = 0, part = 1; start < items.length; start += options.maxArticles, part++) {
        const chunk = items.slice(start, start + options.maxArticles).reverse();
        shards.push({ id: `${year}-${pad2(month.key)}-${part}`, years: [year, year], articles: chunk });
      }
      continue;
    }
    if (current && current.items.length + month.items.length > options.maxArticles) {
      shards.push(toShard(year, current));
      current = undefined;
    }
    current ??= { firstMonth: month.key, items: [] };
    current.items = [...month.items, ...current.items];
  }
  if (current) shards.push(toShard(year, current));
  return shards.reverse();
}

function toShard<T>(year: number, run: { firstMonth: number; items: T[] }): SearchShard<T> {
  return { id: `${year}-${pad2(run.firstMonth)}`, years: [year, year], articles: run.items };
}

/** Consecutive runs of equal keys, in order. */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const groups: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}
