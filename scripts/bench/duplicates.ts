import { createRandom, deriveSeed } from './prng.ts';

/** Share of articles that repeat a recent article's title in another folder (~0.5 %, as in the real archive). */
export const DUPLICATE_SHARE = 0.005;
/** A duplicate copies one of this many preceding articles: the same story reaches two feeds within hours. */
export const RECENT_TITLES = 64;

/**
 * Whether article `index` repeats an earlier title, and which: `k` means the k-th preceding article (1 = the one
 * just before). Depends on the seed and index only, so worker threads know which articles the writer will redo.
 */
export function duplicateDistance(seed: number, index: number): number | undefined {
  if (index === 0) return undefined;
  const random = createRandom(deriveSeed(seed ^ 0x5eed, index));
  return random.chance(DUPLICATE_SHARE) ? random.int(1, Math.min(index, RECENT_TITLES)) : undefined;
}
