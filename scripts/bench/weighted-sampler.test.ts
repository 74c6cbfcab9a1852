import { expect, test } from 'vitest';
import { createRandom, deriveSeed } from './prng.ts';
import { createWeightedSampler, zipfWeights } from './weighted-sampler.ts';

test('refuses an empty list of weights', () => {
  expect(() => createWeightedSampler([])).toThrow(/at least one weight/);
});

test('never draws an item of weight zero', () => {
  const sampler = createWeightedSampler([0, 1, 0, 3]);
  const random = createRandom(1);
  const drawn = new Set(Array.from({ length: 1000 }, () => sampler.sample(random)));
  expect([...drawn].sort()).toEqual([1, 3]);
});

test('draws items in proportion to their weights', () => {
  const sampler = createWeightedSampler(zipfWeights(4, 1));
  const random = createRandom(42);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 100_000; i++) counts[sampler.sample(random)]!++;
  // Weights 1, 1/2, 1/3, 1/4 sum to 25/12: shares 48 %, 24 %, 16 %, 12 %.
  expect(counts.map((count) => Math.round(count / 1000))).toEqual([48, 24, 16, 12]);
});

test('the same seed gives the same numbers, another seed others', () => {
  const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
  expect(draw(7)).toEqual(draw(7));
  expect(draw(7)).not.toEqual(draw(8));
  expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
  expect(deriveSeed(1, 0)).not.toBe(deriveSeed(2, 0));
});
