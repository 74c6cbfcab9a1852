import { Worker } from 'node:worker_threads';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { runShard, type IndexShardOptions, type PreparedShard } from './index-shard.ts';
import type { PrepareShardAnswer, PrepareShardJob } from './prepare-shard-worker.ts';
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
  /** Release what the indexer holds (its worker thread), once every shard is indexed. */
  close(): Promise<void>;
}

/** How a shard is indexed, in two steps (Pagefind by default; tests pass their own). */
export interface ShardIndexer<P = PreparedShard> {
  /** Write what the indexer reads. */
  prepare(records: SearchRecord[], outputPath: string, options: IndexShardOptions): P | Promise<P>;
  /** Run the indexer on it; `cleanup` settles when its leftovers are deleted. */
  run(prepared: P): Promise<{ figures: ShardFigures; cleanup: Promise<void> }>;
  close?(): Promise<void>;
}

/** Pagefind, each shard's documents written by a worker thread (see prepare-shard-worker.ts). */
export function createPagefindIndexer(): ShardIndexer {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (prepared: PreparedShard) => void; reject: (error: Error) => void }>();
  const start = () => {
    const started = new Worker(new URL('./prepare-shard-worker.ts', import.meta.url));
    started.on('message', (answer: PrepareShardAnswer) => {
      const job = pending.get(answer.id)!;
      pending.delete(answer.id);
      if (answer.prepared) job.resolve(answer.prepared);
      else job.reject(new Error(`Writing a search shard's documents failed:\n${answer.error}`));
    });
    const failAll = (error: Error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    };
    started.on('error', failAll);
    started.on('exit', (code) => failAll(new Error(`The worker writing search documents stopped (exit code ${code}).`)));
    return started;
  };
  return {
    prepare(records, outputPath, options) {
      worker ??= start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, records, outputPath, options } satisfies PrepareShardJob);
      });
    },
    run: runShard,
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}

/**
 * However many shards are asked for at once, at most `concurrency` run the indexer at the same time (each is a
 * Pagefind process holding a whole shard's index in memory), in the order asked. The next shard's documents are
 * written while the indexer runs, so the two cores share the work; one shard at most waits prepared.
 */
export function createShardIndexers<P>(concurrency: number, options: IndexShardOptions, indexer: ShardIndexer<P> = createPagefindIndexer() as ShardIndexer<P>): ShardIndexers {
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
        return { prepared: await indexer.prepare(records, outputPath, options), prepareSeconds: (performance.now() - started) / 1000 };
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
    async close() {
      await indexer.close?.();
    },
  };
}

/** Let one waiter go, or undo a count. */
function release(undo: () => void, waiting: (() => void)[]): void {
  const next = waiting.shift();
  if (next) next();
  else undo();
}
