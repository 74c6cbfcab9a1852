// Writes a shard's search documents and gathers its router keys off the main thread. The build's main thread holds
// Astro's whole build in its heap (3 GB at 100,000 articles): the millions of short-lived strings of a shard's
// documents made it collect garbage over that heap again and again, slowing the Pagefind process beside it
// (measured: 775 s of indexing in the build against 673 s for the same shards in a small process).
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { prepareShard, type IndexShardOptions, type PreparedShard } from './index-shard.ts';

/** A job for the worker. */
export interface PrepareShardJob {
  id: number;
  records: SearchRecord[];
  outputPath: string;
  options: IndexShardOptions;
}

/** What the worker answers. */
export interface PrepareShardAnswer {
  id: number;
  prepared?: PreparedShard;
  error?: string;
}

// The next shard is prepared while Pagefind indexes the current one, and Pagefind is what the build waits for: on a
// machine with few cores this thread yields to it. On Linux a thread's nice value is its own (setpriority(2)), so
// this lowers only this thread; elsewhere it would lower the whole build, so it is left alone.
if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch {
    // Not allowed (a sandbox): the thread keeps its priority.
  }
}

parentPort?.on('message', (job: PrepareShardJob) => {
  try {
    const prepared = prepareShard(job.records, job.outputPath, job.options);
    parentPort!.postMessage({ id: job.id, prepared } satisfies PrepareShardAnswer, [prepared.routerFilter.bits.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies PrepareShardAnswer);
  }
});
