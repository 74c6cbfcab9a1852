import type { SearchRecord } from '../lib/search/search-record.ts';
import { prepareShard, runShard, type IndexShardOptions, type PreparedShard } from './index-shard.ts';
import type { ShardFigures } from './shard-cache.ts';

/** What indexing one shard reports. */
export interface ShardOutcome {
  figures: ShardFigures;
  /** Seconds spent writing its documents, and running the indexer (waiting for a turn excluded). */
  prepareSeconds: number;
  seconds: number;
}

/** Indexes shards, at most `concurrency` at a time. */
export interface ShardIndexers {
  index(records: SearchRecord[], outputPath: string): Promise<ShardOutcome>;
}

/** How a shard is indexed, in two steps (Pagefind by default; tests pass their own). */
export interface ShardIndexer<P = PreparedShard> {
  /** Write what the indexer reads (synchronous work in this process). */
  prepare(records: SearchRecord[], outputPath: string, options: IndexShardOptions): P;
  /** Run the indexer on it; `cleanup` settles when its leftovers are deleted. */
  run(prepared: P): Promise<{ figures: ShardFigures; cleanup: Promise<void> }>;
}

const pagefind: ShardIndexer = { prepare: prepareShard, run: runShard };

/**
 * However many shards are asked for at once, at most `concurrency` run the indexer at the same time (each is a
 * Pagefind process holding a whole shard's index in memory), in the order asked. The next shard's documents are
 * written while the indexer runs, so the two cores share the work; one shard at most waits prepared.
 */
export function createShardIndexers<P>(concurrency: number, options: IndexShardOptions, indexer: ShardIndexer<P> = pagefind as ShardIndexer<P>): ShardIndexers {
  const slots = Math.max(1, concurrency);
  let running = 0;
  const waitingToRun: (() => void)[] = [];
  // Preparations happen one after another, in order, and never more than one ahead of the shards running.
  let preparing: Promise<unknown> = Promise.resolve();
  let ahead = 0;
  const waitingToPrepare: (() => void)[] = [];

  return {
    async index(records, outputPath) {
      const turn = preparing.then(async () => {
        if (ahead >= 1) await new Promise<void>((resolve) => waitingToPrepare.push(resolve));
        else ahead++;
        const started = performance.now();
        return { prepared: indexer.prepare(records, outputPath, options), prepareSeconds: (performance.now() - started) / 1000 };
      });
      preparing = turn.catch(() => undefined);
      let prepared: P;
      let prepareSeconds: number;
      try {
        ({ prepared, prepareSeconds } = await turn);
      } catch (error) {
        release(() => ahead--, waitingToPrepare);
        throw error;
      }
      if (running >= slots) await new Promise<void>((resolve) => waitingToRun.push(resolve));
      else running++;
      release(() => ahead--, waitingToPrepare);
      const started = performance.now();
      let cleanup: Promise<void> | undefined;
      try {
        const outcome = await indexer.run(prepared);
        cleanup = outcome.cleanup;
        return { figures: outcome.figures, prepareSeconds, seconds: (performance.now() - started) / 1000 };
      } finally {
        // Hand the slot straight to the next shard in line, or free it; then wait for the leftovers to go.
        const next = waitingToRun.shift();
        if (next) next();
        else running--;
        await cleanup;
      }
    },
  };
}

/** Let one waiter go, or undo a count. */
function release(undo: () => void, waiting: (() => void)[]): void {
  const next = waiting.shift();
  if (next) next();
  else undo();
}
