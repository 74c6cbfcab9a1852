import type { Random } from './prng.ts';
import type { Vocabulary } from './vocabulary.ts';
import { createWeightedSampler, zipfWeights, type WeightedSampler } from './weighted-sampler.ts';

/** What one article is about: the few dozen words and names it keeps coming back to. */
export interface Topic {
  /** Chinese topic words, most important first (its Han tags lead). */
  words: string[];
  /** Zipf over `words`, so the first few recur far more than the rest, as a real article's subject does. */
  sampler: WeightedSampler;
  /** Latin names (companies, products, acronyms) the article mentions. */
  names: string[];
  /** People quoted or credited. */
  people: string[];
}

/** Latin names that 36kr-like articles mix into Chinese text. */
export const LATIN_NAMES: readonly string[] = [
  'AI', 'IPO', 'CEO', 'App', 'SaaS', 'Web3', '5G', 'PE', 'VC', 'GPT', 'iPhone', 'Android', 'Rust', 'Tesla',
  'TikTok', 'OpenAI', 'Meta', 'Apple', 'Google', 'Amazon', 'Netflix', 'Uber', 'Shopify', 'NFT', 'DTC', 'GMV',
  'MAU', 'B2B', 'ChatGPT', 'Switch', 'Steam', 'PS5', 'Linux', 'Kubernetes', 'Python', 'WWDC', 'CES', 'ROI',
  'KOL', 'SKU', 'MCN', 'ESG', 'OLED', 'EV', 'RISC-V', 'Nvidia', 'Intel', 'AMD', 'Arm', 'Qualcomm', 'Metaverse',
  'IDC', 'Gartner', 'SpaceX', 'Microsoft', 'GitHub', 'Docker', 'LLM', 'API', 'SDK', 'AR', 'VR', 'Q3', 'Q4',
];

/** Exponent of the Zipf weights inside a topic. */
const TOPIC_SKEW = 0.9;

/** Choose an article's topic: a few specific nouns, its Han tags, then more words drawn from the dictionary. */
export function createTopic(random: Random, vocabulary: Vocabulary, tags: readonly string[]): Topic {
  const words = new Set<string>();
  // The subject proper comes first; broad tags (中国, 经济) follow, or every title would be about them.
  while (words.size < 3) words.add(vocabulary.nouns.words[vocabulary.nouns.sampler.sample(random)]!);
  for (const tag of tags) if (/^\p{Script=Han}+$/u.test(tag)) words.add(tag);
  const size = random.int(30, 70);
  for (let tries = 0; words.size < size && tries < size * 4; tries++) {
    // Mostly nouns; some frequent words of any kind, because real subjects include verbs (收购, 上市) too.
    const source = random.chance(0.75) ? vocabulary.nouns : vocabulary.all;
    const word = source.words[source.sampler.sample(random)]!;
    if (word.length >= 2) words.add(word);
  }
  const list = [...words];
  const names = new Set<string>();
  const nameCount = random.int(1, 4);
  for (const tag of tags) if (!/\p{Script=Han}/u.test(tag)) names.add(tag);
  while (names.size < nameCount) names.add(random.pick(LATIN_NAMES));
  const people = Array.from({ length: random.int(1, 3) }, () => vocabulary.people.words[vocabulary.people.sampler.sample(random)]!);
  return { words: list, sampler: createWeightedSampler(zipfWeights(list.length, TOPIC_SKEW)), names: [...names], people };
}
