import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeShardIndex, type ShardIndex } from '../lib/search/shard-index.ts';
import { buildEngineBundle } from './engine-bundle.ts';
import { routerFilterFile } from './index-shard.ts';
import type { openPublishedSearch } from './published-search.ts';
import { linkTree, type openShardCache } from './shard-cache.ts';
import { writeRouter, type WrittenRouter } from './write-router.ts';

/** A shard to publish: what `shards.json` says of it, and the fingerprint of its bundle in the shard cache. */
export interface ShardToPublish {
  index: ShardIndex;
  fingerprint: string;
}

/** What {@link publishSearch} works with. */
export interface PublishSearchOptions {
  /** The output folder's `pagefind/`. */
  outputRoot: string;
  /** Where the engine bundle is built and kept (the shard cache's folder). */
  engineCacheDir: string;
  pagefindVersion: string;
  /** Every shard of the plan, newest first, each complete in `cache`. */
  shards: readonly ShardToPublish[];
  cache: ReturnType<typeof openShardCache>;
  published: ReturnType<typeof openPublishedSearch>;
}

/**
 * Bring the output folder's `pagefind/` to a plan whose every shard is built in the shard cache: Pagefind's engine,
 * each shard's bundle at `pagefind/<id>/`, the router made of the shards' filters, and `shards.json` listing them for
 * the search page. What the folder already holds of it stays; shards and routers of earlier builds go, and so do the
 * cached bundles the plan no longer has. The same step ends a build on one machine and assembles shards indexed
 * elsewhere (scripts/assemble-search.ts), so both make the same folder.
 */
export async function publishSearch(options: PublishSearchOptions): Promise<WrittenRouter> {
  const { outputRoot, cache, published, shards } = options;
  // The engine first: shard folders and the router go inside it.
  const engine = await buildEngineBundle(options.engineCacheDir, options.pagefindVersion);
  if (!published.hasEngine) linkTree(engine, outputRoot);
  for (const { index, fingerprint } of shards) {
    if (!published.holdsShard(index.id, fingerprint)) cache.publish(index.id, fingerprint, path.join(outputRoot, index.id));
  }
  const router = writeRouter(
    outputRoot,
    shards.map(({ index, fingerprint }) => ({ filterFile: routerFilterFile(cache.folderOf(index.id, fingerprint)), fingerprint })),
    (folder) => published.holdsRouter(folder),
  );
  cache.prune(new Set([...shards.map(({ index, fingerprint }) => path.basename(cache.folderOf(index.id, fingerprint))), path.basename(engine)]));
  writeFileSync(path.join(outputRoot, 'shards.json'), JSON.stringify(describeShardIndex(shards.map(({ index }) => index), router)));
  // The engine's files, the shards, the router and the list stay.
  const engineFiles = readdirSync(engine).filter((name) => !name.startsWith('clippings-'));
  published.finish(new Set([...engineFiles, ...shards.map(({ index }) => index.id), router.folder, 'shards.json']));
  return router;
}
