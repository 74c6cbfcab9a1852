import type { SearchRecord } from '../lib/search/search-record.ts';
import { indexShard, type IndexShardOptions } from './index-shard.ts';
import type { ShardFigures } from './shard-cache.ts';

/** Indexes shards, at most `concurrency` at a time. */
export interface ShardIndexers {
  /** Resolves when the shard is indexed, with its figures and the seconds it took (waiting for a turn excluded). */
  index(records: SearchRecord[], outputPath: string): Promise<{ figures: ShardFigures; seconds: number }>;
}

/** How one shard is indexed (Pagefind by default; tests pass their own). */
export type IndexShard = (records: SearchRecord[], outputPath: string, options: IndexShardOptions) => Promise<ShardFigures>;

/**
 * However many shards are asked for at once, at most `concurrency` are indexed at the same time, in the order
 * asked: every one is a Pagefind process holding a whole shard's index in memory.
 */
export function createShardIndexers(concurrency: number, options: IndexShardOptions, run: IndexShard = indexShard): ShardIndexers {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async index(records, outputPath) {
      if (running >= Math.max(1, concurrency)) await new Promise<void>((resolve) => waiting.push(resolve));
      else running++;
      const started = performance.now();
      try {
        return { figures: await run(records, outputPath, options), seconds: (performance.now() - started) / 1000 };
      } finally {
        // Hand the slot straight to the next shard in line, or free it.
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}
