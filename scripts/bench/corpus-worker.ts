// Worker thread of generate-corpus.ts: generates batches of articles ahead of the writer. Articles that will be
// duplicates are left out (null): only the writer knows the earlier titles they copy.
import { parentPort, workerData } from 'node:worker_threads';
import { duplicateDistance } from './duplicates.ts';
import { generateArticle, type CorpusContext, type GeneratedArticle } from './generate-article.ts';
import { createTagPool } from './tag-pool.ts';
import { loadVocabulary } from './vocabulary.ts';

/** A request: generate articles `start` (included) to `end` (excluded). */
export interface BatchRequest {
  start: number;
  end: number;
}

const { seed } = workerData as { seed: number };
const vocabulary = loadVocabulary();
const context: CorpusContext = { seed, vocabulary, tagPool: createTagPool(seed, vocabulary) };

parentPort!.on('message', ({ start, end }: BatchRequest) => {
  const articles: (GeneratedArticle | null)[] = [];
  for (let index = start; index < end; index++) {
    articles.push(duplicateDistance(seed, index) === undefined ? generateArticle(context, index) : null);
  }
  parentPort!.postMessage(articles);
});
