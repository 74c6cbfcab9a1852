import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addKey, bucketFile, bucketFileName, createShardFilter, sizeRouter, type KeyHash, type RouterParams } from '../lib/search/search-router.ts';

/** Where the router was written, for `shards.json`. */
export interface WrittenRouter {
  /** Folder below `pagefind/`, named by its content so that a cached old router is never read with new shards. */
  folder: string;
  params: RouterParams;
}

/**
 * Write the shard router (see search-router.ts) for shards given in `shards.json` order, each as its hashed router
 * keys (three numbers a key, see index-shard.ts): one Bloom filter per shard, cut into bucket files.
 */
export function writeRouter(outputRoot: string, shardKeys: readonly Uint32Array[]): WrittenRouter {
  const params = sizeRouter(shardKeys.map((hashes) => hashes.length / 3));
  const filters = shardKeys.map((hashes) => {
    const filter = createShardFilter(params);
    for (let at = 0; at < hashes.length; at += 3) addKey(filter, [hashes[at]!, hashes[at + 1]!, hashes[at + 2]!] as KeyHash, params);
    return filter;
  });
  const digest = createHash('sha256').update(JSON.stringify(params));
  for (const filter of filters) digest.update(filter);
  const folder = `router-${digest.digest('hex').slice(0, 12)}`;
  const dir = path.join(outputRoot, folder);
  mkdirSync(dir, { recursive: true });
  for (let bucket = 0; bucket < params.buckets; bucket++) writeFileSync(path.join(dir, bucketFileName(bucket)), bucketFile(filters, bucket, params));
  return { folder, params };
}
