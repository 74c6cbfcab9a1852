import { Worker } from 'node:worker_threads';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { closePagefind, indexShard, type IndexShardOptions } from './index-shard.ts';
import type { ShardJob } from './index-shard-worker.ts';
import type { ShardFigures } from './shard-cache.ts';

/** Indexes shards, `concurrency` at a time: on this thread for 1, on worker threads (one Pagefind each) for more. */
export interface ShardIndexers {
  index(records: SearchRecord[], outputPath: string): Promise<ShardFigures>;
  close(): Promise<void>;
}

/** How one indexer indexes a shard (Pagefind by default; tests pass their own). */
export type IndexShard = (records: SearchRecord[], outputPath: string, options: IndexShardOptions) => Promise<ShardFigures>;

/**
 * Start `concurrency` shard indexers. However many shards are asked for at once, at most `concurrency` are
 * indexed at the same time: every indexer holds a whole shard's index in memory.
 */
export function createShardIndexers(concurrency: number, options: IndexShardOptions, run: IndexShard = indexShard): ShardIndexers {
  if (concurrency <= 1) {
    const slots = createSlots([run]);
    return {
      index: (records, outputPath) => slots.use((indexOne) => indexOne(records, outputPath, options)),
      close: async () => void (await closePagefind()),
    };
  }
  const workers = Array.from({ length: concurrency }, () => new Worker(new URL('./index-shard-worker.ts', import.meta.url)));
  const slots = createSlots(workers);
  let nextId = 0;
  return {
    index: (records, outputPath) => slots.use((worker) => indexOnWorker(worker, nextId++, { records, outputPath, options })),
    async close() {
      await Promise.all(
        workers.map(async (worker) => {
          worker.postMessage('close');
          // The worker stops its Pagefind service and exits; terminate it if it has not within ten seconds.
          const timer = setTimeout(() => void worker.terminate(), 10_000);
          await new Promise((resolve) => worker.once('exit', resolve));
          clearTimeout(timer);
        }),
      );
    },
  };
}

function indexOnWorker(worker: Worker, id: number, job: Omit<ShardJob, 'id'>): Promise<ShardFigures> {
  return new Promise<ShardFigures>((resolve, reject) => {
    const onMessage = (message: { id: number; figures?: ShardFigures; error?: string }) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      if (message.error) reject(new Error(`Indexing a search shard failed:\n${message.error}`));
      else resolve(message.figures!);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, ...job } satisfies ShardJob);
  });
}

/** A fixed set of resources, each lent to one task at a time; tasks beyond them wait their turn, in order. */
function createSlots<T>(resources: T[]) {
  const idle = [...resources];
  const waiting: ((resource: T) => void)[] = [];
  const acquire = () => new Promise<T>((resolve) => (idle.length > 0 ? resolve(idle.shift()!) : waiting.push(resolve)));
  const release = (resource: T) => (waiting.length > 0 ? waiting.shift()!(resource) : idle.push(resource));
  return {
    async use<R>(task: (resource: T) => Promise<R>): Promise<R> {
      const resource = await acquire();
      try {
        return await task(resource);
      } finally {
        release(resource);
      }
    },
  };
}
