/** One built search shard, as the integration reports it. */
export interface ShardIndex {
  id: string;
  year: number;
  pages: number;
  newest: Date;
  oldest: Date;
}

/** What `pagefind/shards.json` tells the search page: the shards, newest first. */
export interface ShardManifest {
  version: 1;
  shards: { id: string; year: number; pages: number; newest: string; oldest: string }[];
}

/** The shard list the search page loads first, to know which bundles exist and which years they hold. */
export function describeShardIndex(shards: ShardIndex[]): ShardManifest {
  return {
    version: 1,
    shards: shards.map((shard) => ({
      id: shard.id,
      year: shard.year,
      pages: shard.pages,
      newest: shard.newest.toISOString(),
      oldest: shard.oldest.toISOString(),
    })),
  };
}
