import type { Random } from './prng.ts';

/** Draws indexes in proportion to fixed weights. */
export interface WeightedSampler {
  /** Number of weighted items. */
  size: number;
  /** One index in [0, size), with probability weight / total weight. */
  sample(random: Random): number;
}

/**
 * Vose's alias method: O(n) to build, O(1) per draw. A binary search over 350,000 dictionary words would cost
 * ~19 steps for each of the ~10⁸ words a 100,000-article corpus needs.
 */
export function createWeightedSampler(weights: ArrayLike<number>): WeightedSampler {
  const size = weights.length;
  if (size === 0) throw new Error('createWeightedSampler needs at least one weight.');
  let total = 0;
  for (let i = 0; i < size; i++) total += weights[i]!;
  const probability = new Float64Array(size);
  const alias = new Uint32Array(size);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < size; i++) {
    probability[i] = (weights[i]! * size) / total;
    (probability[i]! < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large.pop()!;
    alias[less] = more;
    probability[more] = probability[more]! + probability[less]! - 1;
    (probability[more]! < 1 ? small : large).push(more);
  }
  // Whatever is left is 1 up to rounding error.
  for (const i of [...small, ...large]) probability[i] = 1;
  return {
    size,
    sample(random) {
      const scaled = random.next() * size;
      const column = Math.floor(scaled);
      return scaled - column < probability[column]! ? column : alias[column]!;
    },
  };
}

/** Weights 1/rank^exponent for ranks 1..size: a Zipf distribution for skewed use (sources, tags). */
export function zipfWeights(size: number, exponent: number): Float64Array {
  const weights = new Float64Array(size);
  for (let rank = 1; rank <= size; rank++) weights[rank - 1] = 1 / rank ** exponent;
  return weights;
}
