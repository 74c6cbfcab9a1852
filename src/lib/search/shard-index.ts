import type { RouterParams } from './search-router.ts';

/** One built search shard, as the integration reports it. */
export interface ShardIndex {
  id: string;
  years: [number, number];
  /** First and last month of the shard's articles, `YYYY-MM`, in the site time zone. */
  months: [string, string];
  pages: number;
  newest: Date;
  oldest: Date;
}

/** URL path (below the site) of the engine bundle's one page, which the search page never shows. */
export const ENGINE_URL_PATH = '/__clippings-search-engine__/';

/** What `pagefind/shards.json` tells the search page: the router, and the shards, newest first. */
export interface ShardManifest {
  version: 3;
  /** The shard router's folder below `pagefind/` and its sizes (see search-router.ts). */
  router: { folder: string; params: RouterParams };
  shards: { id: string; years: [number, number]; months: [string, string]; pages: number; newest: string; oldest: string }[];
}

/** The shard list the search page loads first, to know which bundles exist, which years they hold, and the router. */
export function describeShardIndex(shards: ShardIndex[], router: ShardManifest['router']): ShardManifest {
  return {
    version: 3,
    router,
    shards: shards.map(describeShard),
  };
}

/** One shard as `shards.json` lists it. */
export function describeShard(shard: ShardIndex): ShardManifest['shards'][number] {
  return { id: shard.id, years: shard.years, months: shard.months, pages: shard.pages, newest: shard.newest.toISOString(), oldest: shard.oldest.toISOString() };
}
