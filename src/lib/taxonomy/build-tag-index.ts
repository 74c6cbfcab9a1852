import { toHref } from '../article/permalink.ts';
import { allocateSlugs, compareCodePoints, RESERVED_TAXONOMY_SEGMENTS, type Slugify } from './allocate-slugs.ts';

/** The little an article must have to be listed under its tags. */
export interface Tagged {
  tags: string[];
}

/** One tag and its articles. */
export interface TagEntry<T extends Tagged> {
  name: string;
  /** URL segment of the tag (the name made path-safe and distinct from every other tag's). */
  slug: string;
  /** Link to the tag's page, base path included, percent-encoded. */
  href: string;
  /** Articles with this tag, in the order they were given (newest first). */
  articles: T[];
}

/** Every tag, most-used first, then by name. Linear in the number of (article, tag) pairs. */
export function buildTagIndex<T extends Tagged>(articles: T[], base: string, tagMap: Readonly<Record<string, string>> = {}, slugify?: Slugify): TagEntry<T>[] {
  const byName = new Map<string, T[]>();
  for (const article of articles) {
    for (const tag of article.tags) {
      let list = byName.get(tag);
      if (!list) byName.set(tag, (list = []));
      list.push(article);
    }
  }
  const slugs = allocateSlugs(byName.keys(), RESERVED_TAXONOMY_SEGMENTS, tagMap, slugify);
  return [...byName]
    .map(([name, tagged]) => {
      const slug = slugs.get(name)!;
      return { name, slug, href: toHref(`tags/${slug}/`, base), articles: tagged };
    })
    .sort((a, b) => b.articles.length - a.articles.length || compareCodePoints(a.name, b.name));
}
