import { describe, expect, test } from 'vitest';
import { createShardIndexers, type IndexShard } from './shard-indexers.ts';

const options = { timeZone: 'Asia/Shanghai', htmlCacheDir: '/nowhere', chunkSize: 5000 };
const figures = { pages: 1, words: 1, languages: ['und'], keys: 1 };

/** A fake indexer that records how many shards it indexed at once, and in which order it finished them. */
function countingIndexer() {
  const seen = { running: 0, most: 0, order: [] as string[] };
  const run: IndexShard = async (_records, outputPath) => {
    seen.running++;
    seen.most = Math.max(seen.most, seen.running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    seen.order.push(outputPath);
    seen.running--;
    return figures;
  };
  return { seen, run };
}

describe('createShardIndexers', () => {
  // Regression: with concurrency 1, a build that asked for all 52 shards at once indexed them all at once,
  // holding 52 Pagefind indexes in memory (17 GB at 100,000 articles).
  test('indexes one shard at a time with concurrency 1, however many are asked for at once', async () => {
    const { seen, run } = countingIndexer();
    const indexers = createShardIndexers(1, options, run);
    await Promise.all(['a', 'b', 'c', 'd'].map((shard) => indexers.index([], shard)));
    expect(seen.most).toBe(1);
    expect(seen.order).toEqual(['a', 'b', 'c', 'd']);
  });

  test('indexes at most `concurrency` shards at once, and uses them all', async () => {
    const { seen, run } = countingIndexer();
    const indexers = createShardIndexers(2, options, run);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((shard) => indexers.index([], shard)));
    expect(seen.most).toBe(2);
    expect(seen.order.toSorted()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('reports the time of the indexing itself, not of the wait for a turn', async () => {
    const indexOne: IndexShard = async (_records, outputPath) => {
      if (outputPath === 'slow') await new Promise((resolve) => setTimeout(resolve, 300));
      return figures;
    };
    const indexers = createShardIndexers(1, options, indexOne);
    const [slow, quick] = await Promise.all(['slow', 'quick'].map((shard) => indexers.index([], shard)));
    expect(slow!.seconds).toBeGreaterThanOrEqual(0.25);
    expect(quick!.seconds).toBeLessThan(0.25);
  });

  test('passes a failure on and keeps indexing the next shards', async () => {
    const failing: IndexShard = async (_records, outputPath) => {
      if (outputPath === 'bad') throw new Error('Pagefind refused it');
      return figures;
    };
    const indexers = createShardIndexers(1, options, failing);
    const results = await Promise.allSettled(['bad', 'good'].map((shard) => indexers.index([], shard)));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
  });
});
