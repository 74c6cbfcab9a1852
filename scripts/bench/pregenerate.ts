import { Worker } from 'node:worker_threads';
import type { BatchRequest } from './corpus-worker.ts';
import type { GeneratedArticle } from './generate-article.ts';

/** Articles per message: large enough that messaging costs nothing, small enough to keep memory flat. */
const BATCH = 200;
/** Batches queued per worker, so a worker never waits for the writer. */
const QUEUED_PER_WORKER = 3;

/**
 * Articles 0…count−1 (attempt 0) generated ahead by worker threads and yielded in index order; `null` for
 * the ones the caller must generate itself. Generation is per article and deterministic, so the files do not
 * depend on the number of workers.
 */
export async function* pregenerateArticles(seed: number, count: number, workerCount: number): AsyncGenerator<GeneratedArticle | null> {
  const workers = Array.from({ length: workerCount }, () => {
    const worker = new Worker(new URL('./corpus-worker.ts', import.meta.url), { workerData: { seed } });
    const waiting: { resolve: (articles: (GeneratedArticle | null)[]) => void; reject: (error: unknown) => void }[] = [];
    // A worker answers its requests in order, so the oldest waiting request is the one answered.
    worker.on('message', (articles: (GeneratedArticle | null)[]) => waiting.shift()?.resolve(articles));
    worker.on('error', (error) => waiting.splice(0).forEach((request) => request.reject(error)));
    const request = (batch: BatchRequest) =>
      new Promise<(GeneratedArticle | null)[]>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(batch);
      });
    return { worker, request };
  });
  const batches = Math.ceil(count / BATCH);
  const results = new Map<number, Promise<(GeneratedArticle | null)[]>>();
  let dispatched = 0;
  const dispatch = () => {
    const batch = dispatched++;
    const promise = workers[batch % workerCount]!.request({ start: batch * BATCH, end: Math.min(count, (batch + 1) * BATCH) });
    promise.catch(() => {}); // Awaited in order below; this only keeps a later batch's failure from going unhandled.
    results.set(batch, promise);
  };
  try {
    while (dispatched < Math.min(batches, workerCount * QUEUED_PER_WORKER)) dispatch();
    for (let batch = 0; batch < batches; batch++) {
      const articles = await results.get(batch)!;
      results.delete(batch);
      if (dispatched < batches) dispatch();
      yield* articles;
    }
  } finally {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}
