import type { Categorized } from './build-category-tree.ts';
import type { Tagged } from './build-tag-index.ts';

/** Options for {@link findRelated}. */
export interface FindRelatedOptions {
  /** How many related articles to return per article. Default: 5. */
  limit?: number;
  /**
   * How many neighbours in time to consider on each side within one tag or category. Bounding it keeps the work
   * linear at 100,000 articles, where a popular tag has thousands of articles. Default: 25.
   */
  window?: number;
}

/** Score of one shared tag; a shared category (leaf of a hierarchy) scores 1. Tags are the sharper signal. */
const TAG_WEIGHT = 2;

/**
 * For each article (given newest first), up to `limit` others that share tags and categories with it: most
 * shared first, then the newest. Articles sharing nothing are never offered as related, nor the article's
 * neighbours in the list (its page already links them as the next older and newer article): with fewer candidates,
 * fewer are offered.
 */
export function findRelated<T extends Tagged & Categorized>(articles: T[], options: FindRelatedOptions = {}): T[][] {
  const limit = options.limit ?? 5;
  const window = options.window ?? 25;
  const groups = new Map<string, number[]>();
  const keysOf = articles.map((article, index) => {
    const keys = [
      ...article.tags.map((tag) => `t\0${tag}`),
      ...article.categories.map((hierarchy) => `c\0${hierarchy.join('\0')}`),
    ];
    for (const key of keys) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(index);
    }
    return keys;
  });

  return articles.map((_, index) => {
    const scores = new Map<number, number>();
    for (const key of keysOf[index]!) {
      const group = groups.get(key)!;
      const position = binarySearch(group, index);
      const weight = key.startsWith('t') ? TAG_WEIGHT : 1;
      const from = Math.max(0, position - window);
      const to = Math.min(group.length, position + window + 1);
      for (let k = from; k < to; k++) {
        const other = group[k]!;
        if (Math.abs(other - index) > 1) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    return [...scores]
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
      .slice(0, limit)
      .map(([other]) => articles[other]!);
  });
}

function binarySearch(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
