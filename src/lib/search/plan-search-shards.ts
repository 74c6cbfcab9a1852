import { getDateParts, pad2 } from '../article/format-date.ts';

/** Options for {@link planSearchShards}. */
export interface PlanSearchShardsOptions {
  /**
   * Most articles in one shard. Pagefind holds a whole shard's index in memory while writing it (about 0.3 MB per
   * Chinese article with the index's own tokens, README "Search"), so this bounds the indexer's memory.
   */
  maxArticles: number;
  /**
   * Most articles in the newest shard, when fewer than `maxArticles`: its newest months are a shard of their own. A
   * search's first screen comes from the newest shard, and an article added re-indexes it: both cost its size.
   */
  newestMaxArticles?: number;
  timeZone: string;
}

/** The newest shard's size in an archive of bigger shards (see PlanSearchShardsOptions.newestMaxArticles). */
export const NEWEST_SHARD_ARTICLES = 1000;

/** Shard sizes {@link autoShardSize} chooses from: few, so that a growing archive seldom changes its shards. */
export const SHARD_SIZE_STEPS = [1000, 2500, 5000] as const;
/**
 * Shards an archive is cut into at most, while the biggest step allows: searching every year costs one index each,
 * and an edited article re-indexes its whole shard (a 5,000-article shard took ~30 s of Pagefind at 100,000, a
 * 2,500-article one about half: docs/scaling.md), so 100,000 articles take shards of at most 2,500. The count is of
 * full shards (articles ÷ size); shards are runs of whole months and seldom full, so there are more (51 at 100,000).
 * An archive that grows past a step (45,000 and 112,500 articles) is cut anew once, and every shard re-indexed in that build: the
 * steps are kept away from round sizes, at which an archive is likely to be built and measured.
 */
export const MAX_AUTO_SHARDS = 45;

/**
 * The shard size for an archive of `articles`: the smallest step that keeps it within {@link MAX_AUTO_SHARDS}
 * shards, else the biggest. Small shards keep indexing memory low (a 1,000-article shard takes about 0.7 GB in
 * Pagefind) and make an edit re-index little; a big archive needs bigger ones so that searching all its years
 * stays cheap (shards of at most 2,500 at 100,000 articles, about 1.5 GB in Pagefind while one is indexed).
 */
export function autoShardSize(articles: number): number {
  return SHARD_SIZE_STEPS.find((size) => Math.ceil(articles / size) <= MAX_AUTO_SHARDS) ?? SHARD_SIZE_STEPS.at(-1)!;
}

/** A group of articles indexed together into one Pagefind bundle. */
export interface SearchShard<T> {
  /** Stable, path-safe id: the shard's first month, `2022-07` (with `-2`, `-3`… for the parts of a month bigger than a shard). */
  id: string;
  /** Oldest and newest year of the shard's articles (a year filter searches the shards that overlap it). */
  years: [number, number];
  articles: T[];
}

/**
 * Group articles (given newest first) into shards, newest first: runs of whole months, filled from the oldest month
 * up to `maxArticles` (fewer, fuller shards: searching every year costs one index per shard); a single month with
 * more articles is cut by count. With `newestMaxArticles`, the newest months are a smaller shard of their own.
 * Shards follow the calendar and fill from the oldest month, so a new article changes only the newest shard (and,
 * when a new month pushes the oldest of the newest shard's months out, the shard that month joins).
 */
export function planSearchShards<T extends { date: Date }>(articles: T[], options: PlanSearchShardsOptions): SearchShard<T>[] {
  const months = groupBy(articles, (article) => {
    const { year, month } = getDateParts(article.date, options.timeZone);
    return year * 100 + month;
  }).reverse();
  const newestMax = options.newestMaxArticles ?? options.maxArticles;
  if (newestMax >= options.maxArticles || articles.length <= newestMax) return planMonths(months, options.maxArticles);
  // The newest months that fit (at least the newest one) are the newest shard; the older ones are cut as usual.
  let newest = months.length - 1;
  let total = months[newest]!.items.length;
  while (newest > 0 && total + months[newest - 1]!.items.length <= newestMax) total += months[--newest]!.items.length;
  return [...planMonths(months.slice(newest), options.maxArticles), ...planMonths(months.slice(0, newest), options.maxArticles)];
}

/** Shards of months given oldest first, newest shard first. */
function planMonths<T>(months: { key: number; items: T[] }[], maxArticles: number): SearchShard<T>[] {
  const shards: SearchShard<T>[] = [];
  let run: { first: number; last: number; items: T[] } | undefined;
  const close = () => {
    if (run) shards.push(toShard(run.first, run.last, run.items));
    run = undefined;
  };
  for (const month of months) {
    if (month.items.length > maxArticles) {
      close();
      // Oldest first, so that the month's newer articles change only its last part.
      const items = [...month.items].reverse();
      for (let start = 0, part = 1; start < items.length; start += maxArticles, part++) {
        const shard = toShard(month.key, month.key, items.slice(start, start + maxArticles).reverse());
        shards.push({ ...shard, id: `${shard.id}-${part}` });
      }
      continue;
    }
    if (run && run.items.length + month.items.length > maxArticles) close();
    run ??= { first: month.key, last: month.key, items: [] };
    run.last = month.key;
    run.items = [...month.items, ...run.items];
  }
  close();
  return shards.reverse();
}

/** A shard of the months `first` to `last` (as `year × 100 + month`). */
function toShard<T>(first: number, last: number, articles: T[]): SearchShard<T> {
  return { id: `${Math.floor(first / 100)}-${pad2(first % 100)}`, years: [Math.floor(first / 100), Math.floor(last / 100)], articles };
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
