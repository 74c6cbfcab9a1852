import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FILTER_BUCKETS, routerFile, routerFileName, sizeRouter, type RouterParams } from '../lib/search/search-router.ts';

/** Where the router was written, for `shards.json`. */
export interface WrittenRouter {
  /** Folder below `pagefind/`, named by its content so that a cached old router is never read with new shards. */
  folder: string;
  params: RouterParams;
}

/**
 * Write the shard router (see search-router.ts) for shards given in `shards.json` order, each as the file of its
 * filter (see index-shard.ts) and its fingerprint: each router file is a run of buckets of every shard's filter. The
 * folder is named by what it is made of: when `isPublished(folder)` says the output folder already holds it whole,
 * nothing is written.
 */
export function writeRouter(
  outputRoot: string,
  shards: readonly { filterFile: string; fingerprint: string }[],
  isPublished: (folder: string) => boolean = () => false,
): WrittenRouter {
  const params = sizeRouter(shards.map(({ filterFile }) => statSync(filterFile).size / FILTER_BUCKETS));
  // Named by the shards' fingerprints (a filter is made from what its shard's fingerprint covers): a rebuild that
  // keeps every shard need not read the filters, tens of megabytes at 100,000 articles.
  const digest = createHash('sha256').update(JSON.stringify(params));
  for (const { fingerprint } of shards) digest.update(`\0${fingerprint}`);
  const folder = `router-${digest.digest('hex').slice(0, 12)}`;
  if (isPublished(folder)) return { folder, params };
  const filters = shards.map(({ filterFile }) => new Uint8Array(readFileSync(filterFile)));
  const dir = path.join(outputRoot, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let file = 0; file < params.files; file++) writeFileSync(path.join(dir, routerFileName(file)), routerFile(filters, file, params));
  return { folder, params };
}
