import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processArticle, type ProcessArticleOptions, type ProcessedArticle } from '../lib/archive/process-article.ts';
import type { ArticleJob } from './article-worker.ts';

/** Processes articles: inline at first, on worker threads once a sync turns out to be big. */
export interface ArticleProcessor {
  process(raw: string, options: ProcessArticleOptions): Promise<ProcessedArticle>;
  close(): Promise<void>;
}

/** Options for {@link createArticleProcessor}. */
export interface ArticleProcessorOptions {
  /** Worker threads for big syncs; 0 processes everything inline. Default: one per core (env `CLIPPINGS_WORKERS`). */
  workers?: number;
  /**
   * Articles processed inline before the workers start. Each worker needs about a second to load the pipeline,
   * so a sync of a few hundred changed articles (or one, in the dev server) is faster without them. Default: 300.
   */
  inlineFirst?: number;
  /**
   * How many articles the caller knows will need processing (all of them, when the article cache is empty). More than
   * `inlineFirst`, and the workers start with the first article: they load while it is read. Default: unknown.
   */
  expectedJobs?: number;
}

/** An article processor; workers start only if more than `inlineFirst` articles need processing. */
export function createArticleProcessor(options: ArticleProcessorOptions = {}): ArticleProcessor {
  const size = options.workers ?? Number(process.env.CLIPPINGS_WORKERS ?? availableParallelism());
  const inlineLimit = options.inlineFirst ?? 300;
  const inlineFirst = (options.expectedJobs ?? 0) > inlineLimit ? 0 : inlineLimit;
  let jobs = 0;
  let pool: WorkerPool | undefined;
  return {
    process(raw, articleOptions) {
      if (size === 0 || jobs++ < inlineFirst) return Promise.resolve(processArticle(raw, articleOptions));
      pool ??= startPool(size);
      return pool.run({ raw, options: articleOptions });
    },
    async close() {
      await pool?.close();
    },
  };
}

interface WorkerPool {
  run(job: Omit<ArticleJob, 'id'>): Promise<ProcessedArticle>;
  close(): Promise<void>;
}

function startPool(size: number): WorkerPool {
  const pending = new Map<number, { resolve: (result: ProcessedArticle) => void; reject: (error: Error) => void }>();
  const load = Array.from({ length: size }, () => 0);
  let nextId = 0;
  const workers = load.map((_, index) => {
    const worker = new Worker(new URL('./article-worker.ts', import.meta.url));
    worker.on('message', (message: { id: number; result?: ProcessedArticle; error?: string }) => {
      load[index]!--;
      const job = pending.get(message.id)!;
      pending.delete(message.id);
      if (message.error) job.reject(new Error(`Processing an article failed in a worker:\n${message.error}`));
      else job.resolve(message.result!);
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return worker;
  });
  return {
    run(job) {
      const id = nextId++;
      // The least busy worker takes the job: articles vary from 1 to 40 KB.
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[index]!.postMessage({ id, ...job } satisfies ArticleJob);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
