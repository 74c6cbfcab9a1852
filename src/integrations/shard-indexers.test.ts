import { describe, expect, test } from 'vitest';
import { createShardIndexers, type ShardIndexer } from './shard-indexers.ts';

const options = { timeZone: 'Asia/Shanghai', htmlCacheDir: '/nowhere', chunkSize: 5000 };
const figures = { pages: 1, words: 1, languages: ['und'], keys: 1 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fake indexer that records what it did, in order, and how many shards it ran at once. */
function recordingIndexer(runMs = 5, fail?: string) {
  const seen = { running: 0, most: 0, events: [] as string[] };
  const indexer: ShardIndexer<string> = {
    prepare(_records, outputPath) {
      if (outputPath === fail) throw new Error('could not write its documents');
      seen.events.push(`prepare ${outputPath}`);
      return outputPath;
    },
    async run(shard) {
      seen.running++;
      seen.most = Math.max(seen.most, seen.running);
      seen.events.push(`run ${shard}`);
      await pause(shard === 'slow' ? 300 : runMs);
      seen.events.push(`done ${shard}`);
      seen.running--;
      return { figures, cleanup: Promise.resolve() };
    },
  };
  return { seen, indexer };
}

describe('createShardIndexers', () => {
  // Regression: with concurrency 1, a build that asked for all 52 shards at once indexed them all at once,
  // holding 52 Pagefind indexes in memory (17 GB at 100,000 articles).
  test('indexes one shard at a time with concurrency 1, however many are asked for at once, in order', async () => {
    const { seen, indexer } = recordingIndexer();
    const indexers = createShardIndexers(1, options, indexer);
    await Promise.all(['a', 'b', 'c', 'd'].map((shard) => indexers.index([], shard)));
    expect(seen.most).toBe(1);
    expect(seen.events.filter((event) => event.startsWith('done')).map((event) => event.slice(5))).toEqual(['a', 'b', 'c', 'd']);
  });

  test('writes the next shard\'s documents while one runs, and never more than one ahead', async () => {
    const { seen, indexer } = recordingIndexer(20);
    const indexers = createShardIndexers(1, options, indexer);
    await Promise.all(['a', 'b', 'c'].map((shard) => indexers.index([], shard)));
    expect(seen.events).toEqual(['prepare a', 'run a', 'prepare b', 'done a', 'run b', 'prepare c', 'done b', 'run c', 'done c']);
  });

  test('runs at most `concurrency` shards at once, and uses them all', async () => {
    const { seen, indexer } = recordingIndexer();
    const indexers = createShardIndexers(2, options, indexer);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((shard) => indexers.index([], shard)));
    expect(seen.most).toBe(2);
  });

  test('reports the time of the indexing itself, not of the wait for a turn', async () => {
    const indexers = createShardIndexers(1, options, recordingIndexer().indexer);
    const [slow, quick] = await Promise.all(['slow', 'quick'].map((shard) => indexers.index([], shard)));
    expect(slow!.seconds).toBeGreaterThanOrEqual(0.25);
    expect(quick!.seconds).toBeLessThan(0.25);
  });

  test('passes a failure on and keeps indexing the next shards', async () => {
    const indexers = createShardIndexers(1, options, recordingIndexer(5, 'bad').indexer);
    const results = await Promise.allSettled(['bad', 'good'].map((shard) => indexers.index([], shard)));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
  });
});
