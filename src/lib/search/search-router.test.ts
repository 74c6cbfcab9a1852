import { describe, expect, test } from 'vitest';
import { addKey, bucketFile, bucketOf, createShardFilter, hashKey, shardsHolding, sizeRouter } from './search-router.ts';

/** Build a router over shards given as key lists, and ask it about one key. */
function route(shards: string[][], key: string): boolean[] {
  const params = sizeRouter(shards.map((keys) => keys.length));
  const filters = shards.map((keys) => {
    const filter = createShardFilter(params);
    for (const shardKey of keys) addKey(filter, hashKey(shardKey), params);
    return filter;
  });
  const hash = hashKey(key);
  return shardsHolding(bucketFile(filters, bucketOf(hash, params), params), hash, params);
}

describe('the shard router', () => {
  test('says an empty shard holds nothing', () => {
    expect(route([[]], '快手')).toEqual([false]);
  });

  test('finds every key in every shard that holds it, and seldom elsewhere', () => {
    const shards = Array.from({ length: 5 }, (_, shard) => Array.from({ length: 2000 }, (_, i) => `k${shard}-${i}`));
    let elsewhere = 0;
    let asked = 0;
    for (const [shard, keys] of shards.entries()) {
      for (const key of keys.filter((_, i) => i % 37 === 0)) {
        const holding = route(shards, key);
        expect(holding[shard]).toBe(true);
        elsewhere += holding.filter((held, other) => held && other !== shard).length;
        asked += shards.length - 1;
      }
    }
    expect(elsewhere / asked).toBeLessThan(0.03);
  });

  test('rarely claims a key a shard does not hold (false positives near 1 %)', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `词${i}`);
    const params = sizeRouter([keys.length]);
    const filter = createShardFilter(params);
    for (const key of keys) addKey(filter, hashKey(key), params);
    let claimed = 0;
    const tries = 20_000;
    for (let i = 0; i < tries; i++) {
      const hash = hashKey(`别的${i}`);
      if (shardsHolding(bucketFile([filter], bucketOf(hash, params), params), hash, params)[0]) claimed++;
    }
    expect(claimed / tries).toBeLessThan(0.03);
  });

  test('keeps bucket files near 4 KB however many keys', () => {
    for (const counts of [[10], [50_000, 20_000], Array.from({ length: 20 }, () => 1_500_000)]) {
      const params = sizeRouter(counts);
      expect(params.shards * params.blockBytes).toBeLessThanOrEqual(8192);
      expect(params.buckets & (params.buckets - 1)).toBe(0);
    }
  });
});
