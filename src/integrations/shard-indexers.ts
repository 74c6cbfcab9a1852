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

/** Start `concurrency` shard indexers. Memory grows with it: every indexer holds a whole shard's index. */
export function createShardIndexers(concurrency: number, options: IndexShardOptions): ShardIndexers {
  if (concurrency <= 1) {
    return { index: (records, outputPath) => indexShard(records, outputPath, options), close: async () => void (await closePagefind()) };
  }
  const idle: Worker[] = [];
  const waiting: ((worker: Worker) => void)[] = [];
  const workers = Array.from({ length: concurrency }, () => new Worker(new URL('./index-shard-worker.ts', import.meta.url)));
  idle.push(...workers);
  let nextId = 0;
  const acquire = () => new Promise<Worker>((resolve) => (idle.length > 0 ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (worker: Worker) => (waiting.length > 0 ? waiting.shift()!(worker) : idle.push(worker));
  return {
    async index(records, outputPath) {
      const worker = await acquire();
      try {
        const id = nextId++;
        return await new Promise<ShardFigures>((resolve, reject) => {
          const onMessage = (message: { id: number; figures?: ShardFigures; error?: string }) => {
            if (message.id !== id) return;
            worker.off('message', onMessage);
            worker.off('error', reject);
            if (message.error) reject(new Error(`Indexing a search shard failed:\n${message.error}`));
            else resolve(message.figures!);
          };
          worker.on('message', onMessage);
          worker.once('error', reject);
          worker.postMessage({ id, records, outputPath, options } satisfies ShardJob);
        });
      } finally {
        release(worker);
      }
    },
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
