import { describe, expect, test } from 'vitest';
import { createShardIndexers, type IndexShard } from './shard-indexers.ts';

const options = { lang: 'zh-CN', timeZone: 'Asia/Shanghai', htmlCacheDir: '/nowhere' };

describe('createShardIndexers', () => {
  // Regression: with concurrency 1, a build that asked for all 52 shards at once indexed them all at once,
  // holding 52 Pagefind indexes in memory (17 GB at 100,000 articles).
  test('indexes one shard at a time with concurrency 1, however many are asked for at once', async () => {
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const fake: IndexShard = async (_records, outputPath) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(outputPath);
      running--;
      return { pages: 1, words: 1, languages: ['zh-cn'] };
    };
    const indexers = createShardIndexers(1, options, fake);
    await Promise.all(['a', 'b', 'c', 'd'].map((shard) => indexers.index([], shard)));
    expect(most).toBe(1);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  test('passes a failure on and keeps indexing the next shards', async () => {
    const fake: IndexShard = async (_records, outputPath) => {
      if (outputPath === 'bad') throw new Error('Pagefind refused it');
      return { pages: 1, words: 1, languages: ['zh-cn'] };
    };
    const indexers = createShardIndexers(1, options, fake);
    const results = await Promise.allSettled(['bad', 'good'].map((shard) => indexers.index([], shard)));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
  });
});
