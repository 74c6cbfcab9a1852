import { getDateParts, pad2 } from '../article/format-date.ts';

/** Options for {@link planSearchShards}. */
export interface PlanSearchShardsOptions {
  /**
   * Most articles in one shard. Pagefind holds a whole index in memory while writing it (about 1 MB per real
   * Chinese article, see docs/search.md), so this bounds the indexer's memory.
   */
  maxArticles: number;
  timeZone: string;
}

/** A group of articles indexed together into one Pagefind bundle. */
export interface SearchShard<T> {
  /** Stable, path-safe id: `2022`, or `2022-07` (first month) when a year is split. */
  id: string;
  /** Year of the articles in the shard (a shard never spans two years, so a year filter picks whole shards). */
  year: number;
  articles: T[];
}

/**
 * Group articles (given newest first) into shards, newest first: one per year, a year with more than
 * `maxArticles` articles split into runs of whole months (a single bigger month is split by count). Shards
 * follow the calendar, not positions in the list, so a new article changes only the shard of its own year.
 */
export function planSearchShards<T extends { date: Date }>(articles: T[], options: PlanSearchShardsOptions): SearchShard<T>[] {
  const shards: SearchShard<T>[] = [];
  for (const year of groupBy(articles, (article) => getDateParts(article.date, options.timeZone).year)) {
    if (year.items.length <= options.maxArticles) {
      shards.push({ id: String(year.key), year: year.key, articles: year.items });
      continue;
    }
    shards.push(...splitYear(year.key, year.items, options));
  }
  return shards;
}

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
        shards.push({ id: `${year}-${pad2(month.key)}-${part}`, year, articles: chunk });
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
  return { id: `${year}-${pad2(run.firstMonth)}`, year, articles: run.items };
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
