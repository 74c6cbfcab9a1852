import { fileOf, hashKey, routerFileName, shardsHolding, type KeyHash } from '../../lib/search/search-router.ts';
import type { ShardManifest } from '../../lib/search/shard-index.ts';

/**
 * Asks the shard router (see search-router.ts) which shards may hold a query's keys: one small file per key,
 * each downloaded once per page.
 */
export function createRouterClient(base: string, router: ShardManifest['router']) {
  const files = new Map<number, Promise<Uint8Array>>();
  const load = (index: number) => {
    let file = files.get(index);
    if (!file) {
      file = fetch(`${base}pagefind/${router.folder}/${routerFileName(index)}`).then(async (response) => {
        if (!response.ok) throw new Error(`The search router file ${index} answered ${response.status}.`);
        return new Uint8Array(await response.arrayBuffer());
      });
      file.catch(() => files.delete(index));
      files.set(index, file);
    }
    return file;
  };
  return {
    /** For each shard (in `shards.json` order), whether it may hold every one of `keys`. No keys: every shard. */
    async shardsHoldingAll(keys: readonly string[]): Promise<boolean[]> {
      const holding = router.params.blockBytes.map(() => true);
      const hashes: KeyHash[] = keys.map(hashKey);
      const answers = await Promise.all(hashes.map(async (hash) => shardsHolding(await load(fileOf(hash, router.params)), hash, router.params)));
      for (const answer of answers) answer.forEach((held, shard) => (holding[shard] &&= held));
      return holding;
    },
  };
}

export type RouterClient = ReturnType<typeof createRouterClient>;
