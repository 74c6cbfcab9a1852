import { describe, expect, test } from 'vitest';
import { addKey, addKeyOfCodes, createShardFilter, FILTER_BUCKETS, fileOf, hashKey, routerFile, shardsHolding, sizeRouter } from './search-router.ts';

/** Build a router over shards given as key lists; it answers which shards may hold a key. */
function buildRouter(shards: string[][]): (key: string) => boolean[] {
  const filters = shards.map((keys) => {
    const filter = createShardFilter(keys.length);
    for (const shardKey of keys) addKey(filter, hashKey(shardKey));
    return filter;
  });
  const params = sizeRouter(filters.map((filter) => filter.blockBytes));
  const files = new Map<number, Uint8Array>();
  return (key) => {
    const hash = hashKey(key);
    const file = fileOf(hash, params);
    if (!files.has(file)) files.set(file, routerFile(filters.map((filter) => filter.bits), file, params));
    return shardsHolding(files.get(file)!, hash, params);
  };
}

describe('the shard router', () => {
  test('says an empty shard holds nothing', () => {
    expect(buildRouter([[]])('快手')).toEqual([false]);
  });

  test('finds every key in every shard that holds it, and seldom elsewhere, whatever the shards’ sizes', () => {
    // Shards of very different sizes: each filter is sized for its own keys, and the router files hold them all.
    const sizes = [10, 2000, 150_000, 700, 40_000];
    const shards = sizes.map((size, shard) => Array.from({ length: size }, (_, i) => `k${shard}-${i}`));
    const route = buildRouter(shards);
    let elsewhere = 0;
    let asked = 0;
    for (const [shard, keys] of shards.entries()) {
      for (const key of keys.filter((_, i) => i % 97 === 0)) {
        const holding = route(key);
        expect(holding[shard]).toBe(true);
        elsewhere += holding.filter((held, other) => held && other !== shard).length;
        asked += shards.length - 1;
      }
    }
    expect(elsewhere / asked).toBeLessThan(0.03);
  });

  test('rarely claims a key a shard does not hold (false positives near 1 %)', () => {
    for (const count of [20_000, 2_000_000]) {
      const filter = createShardFilter(count);
      for (let i = 0; i < count; i++) addKey(filter, hashKey(`词${i}`));
      const params = sizeRouter([filter.blockBytes]);
      let claimed = 0;
      const tries = 20_000;
      for (let i = 0; i < tries; i++) {
        const hash = hashKey(`别的${i}`);
        if (shardsHolding(routerFile([filter.bits], fileOf(hash, params), params), hash, params)[0]) claimed++;
      }
      expect(claimed / tries).toBeLessThan(0.03);
    }
  });

  test('sets the same bits for a key given as code units as for its string', () => {
    let seed = 5;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const byString = createShardFilter(5000);
    const byCodes = createShardFilter(5000);
    for (let i = 0; i < 5000; i++) {
      const codes = Array.from({ length: 2 + random(2) }, () => 0x4e00 + random(0x5200));
      addKey(byString, hashKey(String.fromCharCode(...codes)));
      addKeyOfCodes(byCodes, codes[0]!, codes[1]!, codes[2] ?? -1);
    }
    expect(byCodes.bits).toEqual(byString.bits);
  });

  test('keeps router files near 4 KB, however many shards and keys', () => {
    for (const counts of [[10], [50_000, 20_000], Array.from({ length: 20 }, () => 1_500_000), Array.from({ length: 60 }, () => 8_000_000)]) {
      const params = sizeRouter(counts.map((count) => createShardFilter(count).blockBytes));
      const fileBytes = (params.buckets / params.files) * params.blockBytes.reduce((total, bytes) => total + bytes, 0);
      expect(fileBytes).toBeLessThanOrEqual(Math.max(4096, params.blockBytes.reduce((total, bytes) => total + bytes, 0)));
      expect(params.files & (params.files - 1)).toBe(0);
      expect(params.buckets).toBe(FILTER_BUCKETS);
    }
  });
});
