// Runs the article pipeline (front matter, rehype plugins, sanitizer) off the main thread, so that a cold sync
// uses every core: the pipeline is synchronous CPU work of 1–6 ms per article.
import { parentPort } from 'node:worker_threads';
import { processArticle, type ProcessArticleOptions } from '../lib/archive/process-article.ts';

/** A job for the worker. */
export interface ArticleJob {
  id: number;
  raw: string;
  options: ProcessArticleOptions;
}

parentPort?.on('message', (job: ArticleJob) => {
  try {
    parentPort!.postMessage({ id: job.id, result: processArticle(job.raw, job.options) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
