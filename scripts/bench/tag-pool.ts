import { createRandom, type Random } from './prng.ts';
import { LATIN_NAMES } from './topic.ts';
import type { Vocabulary } from './vocabulary.ts';
import { createWeightedSampler, zipfWeights, type WeightedSampler } from './weighted-sampler.ts';

/** The archive's tags, most used first. */
export interface TagPool {
  tags: string[];
  sampler: WeightedSampler;
}

/** How many distinct tags the archive uses. */
export const TAG_POOL_SIZE = 1500;
/** Zipf exponent of tag use: the top tag is on ~1 in 8 tagged slots, hundreds of tags are used a handful of times. */
const TAG_SKEW = 1;
/** Articles with 0, 1, … 6 tags: a quarter have none, most have one to three. */
const TAG_COUNT_WEIGHTS = [25, 22, 24, 15, 7, 4, 3];
const tagCountSampler = createWeightedSampler(TAG_COUNT_WEIGHTS);

/** The corpus's tag pool: dictionary nouns, the most frequent first (中国, 经济 are used most), with Latin names mixed in. */
export function createTagPool(seed: number, vocabulary: Vocabulary): TagPool {
  const random = createRandom(seed ^ 0x7a65);
  const { nouns } = vocabulary;
  const picked = new Set<number>();
  while (picked.size < TAG_POOL_SIZE - LATIN_NAMES.length) picked.add(nouns.sampler.sample(random));
  const list = [...picked].sort((a, b) => nouns.weights[b]! - nouns.weights[a]! || a - b).map((i) => nouns.words[i]!);
  for (const name of LATIN_NAMES) list.splice(random.int(0, list.length), 0, name);
  return { tags: list, sampler: createWeightedSampler(zipfWeights(list.length, TAG_SKEW)) };
}

/** Zero to six distinct tags for one article. */
export function pickTags(random: Random, pool: TagPool): string[] {
  const count = tagCountSampler.sample(random);
  const tags = new Set<string>();
  while (tags.size < count) tags.add(pool.tags[pool.sampler.sample(random)]!);
  return [...tags];
}
