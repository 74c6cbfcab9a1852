import { readFileSync } from 'node:fs';
import { getDateParts, pad2 } from '../lib/article/format-date.ts';
import { SEARCH_DOCUMENT_VERSION } from '../lib/search/build-search-document.ts';
import { fingerprintShard } from '../lib/search/fingerprint-shard.ts';
import { autoShardSize, NEWEST_SHARD_ARTICLES, planSearchShards, type SearchShard } from '../lib/search/plan-search-shards.ts';
import { ROUTER_KEYS_VERSION } from '../lib/search/router-keys.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import type { ShardIndex } from '../lib/search/shard-index.ts';

/** Pagefind's version: a new one may write a different index, so shards built by another are not reused. */
export const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** The settings every shard's index depends on besides its articles. */
export interface SearchSettings {
  timeZone: string;
  /** Postings per Pagefind index chunk; see IndexShardOptions. */
  chunkSize: number;
}

/**
 * What a shard's fingerprint hashes besides its articles: the versions and settings that shape every document and
 * index. Computed where the shard is indexed too, so that a shard planned by another version is refused.
 */
export function searchSalt(settings: SearchSettings): string {
  return [SEARCH_DOCUMENT_VERSION, ROUTER_KEYS_VERSION, PAGEFIND_VERSION, settings.timeZone, settings.chunkSize].join('\0');
}

/** One shard of the plan: its articles and the fingerprint of everything its index is made of. */
export interface PlannedShard {
  shard: SearchShard<{ record: SearchRecord; date: Date }>;
  fingerprint: string;
}

/** How the archive's search index is cut into shards. */
export interface SearchPlan {
  /** Most articles per shard. */
  maxArticles: number;
  /** Newest shard first. */
  shards: PlannedShard[];
}

/** Cut the published articles (newest first, as in the search manifest) into shards and fingerprint each. */
export function planSearch(records: SearchRecord[], settings: SearchSettings & { maxShardArticles: number | 'auto' }): SearchPlan {
  const dated = records.map((record) => ({ record, date: new Date(record.date) }));
  const maxArticles = settings.maxShardArticles === 'auto' ? autoShardSize(records.length) : settings.maxShardArticles;
  const shards = planSearchShards(dated, { maxArticles, newestMaxArticles: NEWEST_SHARD_ARTICLES, timeZone: settings.timeZone });
  const salt = searchSalt(settings);
  return {
    maxArticles,
    shards: shards.map((shard) => ({ shard, fingerprint: fingerprintShard(shard.articles.map((article) => article.record), salt) })),
  };
}

/** What `shards.json` says of a planned shard: its years, months, size and dates. */
export function describePlannedShard({ shard }: PlannedShard, timeZone: string): ShardIndex {
  const newest = shard.articles[0]!.date;
  const oldest = shard.articles.at(-1)!.date;
  return { id: shard.id, years: shard.years, months: [monthOf(oldest, timeZone), monthOf(newest, timeZone)], pages: shard.articles.length, newest, oldest };
}

function monthOf(date: Date, timeZone: string): string {
  const { year, month } = getDateParts(date, timeZone);
  return `${year}-${pad2(month)}`;
}
