import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PUBLISHED_STATE, shardCacheDir } from './pagefind.ts';
import { openPublishedSearch } from './published-search.ts';
import { publishSearch } from './publish-search-index.ts';
import { PAGEFIND_VERSION } from './search-plan.ts';
import { readPlanFile, type PlanFileShard } from './shard-artifact.ts';
import { moveFolder, openShardCache } from './shard-cache.ts';

/** What {@link assembleSearch} needs. */
export interface AssembleSearchOptions {
  /** The plan folder of the planning build (its plan file; the artifacts are not read). */
  planDir: string;
  /** Where the shard jobs' bundles were gathered, each at `<id>-<fingerprint>/` (may be missing: none indexed). */
  bundlesDir: string;
  /** The output folder's `pagefind/`. */
  outputRoot: string;
  /** The build's cache folder: its shard cache holds the bundles of earlier builds and receives the fresh ones. */
  cacheDir: string;
  log: (message: string) => void;
}

/**
 * The last stage of a distributed build: take the shard jobs' bundles into the shard cache, check that every shard
 * of the plan is there in the planned fingerprint, and publish them as a build on one machine does (see
 * publish-search-index.ts), so both make the same `pagefind/`. A shard without its bundle (its job failed, was
 * cancelled, or indexed another plan's artifact) fails the whole step with every such shard named: a site is never
 * published with part of its search missing.
 */
export async function assembleSearch(options: AssembleSearchOptions): Promise<void> {
  const started = performance.now();
  const plan = readPlanFile(options.planDir);
  const cache = openShardCache(shardCacheDir(options.cacheDir));
  const fresh = existsSync(options.bundlesDir) ? openShardCache(options.bundlesDir) : undefined;
  const planned = new Map(plan.shards.map((shard) => [shard.id, shard]));
  const refused = new Map<string, string[]>();
  let adopted = 0;
  for (const name of fresh ? readdirSync(options.bundlesDir) : []) {
    const bundle = path.join(options.bundlesDir, name);
    const shard = shardOfBundle(name, planned);
    if (!shard) continue;
    if (`${shard.id}-${shard.fingerprint}` !== name) {
      refused.set(shard.id, [...(refused.get(shard.id) ?? []), name.slice(shard.id.length + 1)]);
      continue;
    }
    if (!fresh!.read(shard.id, shard.fingerprint)) continue;
    if (cache.read(shard.id, shard.fingerprint)) continue;
    moveFolder(bundle, cache.folderOf(shard.id, shard.fingerprint));
    adopted++;
  }
  const missing = plan.shards.filter((shard) => !cache.read(shard.id, shard.fingerprint));
  if (missing.length > 0) throw new Error(describeMissing(missing, refused, options));

  const published = openPublishedSearch(path.join(options.cacheDir, PUBLISHED_STATE), options.outputRoot, PAGEFIND_VERSION);
  mkdirSync(options.outputRoot, { recursive: true });
  const router = await publishSearch({
    outputRoot: options.outputRoot,
    engineCacheDir: shardCacheDir(options.cacheDir),
    pagefindVersion: PAGEFIND_VERSION,
    shards: plan.shards.map((shard) => ({
      index: { id: shard.id, years: shard.years, months: shard.months, pages: shard.pages, newest: new Date(shard.newest), oldest: new Date(shard.oldest) },
      fingerprint: shard.fingerprint,
    })),
    cache,
    published,
  });
  options.log(
    `Search index assembled: ${plan.articles} pages in ${plan.shards.length} shard(s) (${adopted} indexed by shard jobs, ` +
      `${plan.shards.length - adopted} from the shard cache), router of ${router.params.files} files, ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/** The planned shard a bundle folder `<id>-<fingerprint>` is of (ids may hold `-` themselves: the longest match). */
function shardOfBundle(name: string, planned: ReadonlyMap<string, PlanFileShard>): PlanFileShard | undefined {
  let found: PlanFileShard | undefined;
  for (const [id, shard] of planned) if (name.startsWith(`${id}-`) && (!found || id.length > found.id.length)) found = shard;
  return found;
}

function describeMissing(missing: PlanFileShard[], refused: ReadonlyMap<string, string[]>, options: AssembleSearchOptions): string {
  const lines = missing.map((shard) => {
    const other = refused.get(shard.id);
    const why = other
      ? `refused the bundle of fingerprint ${other.join(', ')} in ${options.bundlesDir}: it was indexed from another plan (another version of the archive)`
      : `no bundle in ${options.bundlesDir} or in the shard cache: its shard job failed, was cancelled, or its bundle was not downloaded`;
    return `  - shard "${shard.id}" (${shard.pages} articles, fingerprint ${shard.fingerprint}): ${why}`;
  });
  return (
    `The search index cannot be assembled: ${missing.length} of the plan's ${options.planDir} shards are missing.\n${lines.join('\n')}\n` +
    'Run the shard jobs of this plan again (`npm run index-shard -- --shard <id>`), then assemble again. Nothing was published.'
  );
}
