import { fileSystemKey, hashText, sanitizePathSegment } from '../article/sanitize-path-segment.ts';

/** Turns a name into a URL segment before it is made path-safe: Hexo's `slugize` for a Hexo site. */
export type Slugify = (name: string) => string;

/**
 * Give each name a distinct URL segment among its siblings: the name (or the segment `map` gives it, as Hexo's
 * `category_map` and `tag_map`) passed through `slugify` and made path-safe, then `-2`, `-3`… when two names become
 * the same (`A/B` and `A_B`; `AI` and `ai` on case-insensitive file systems) or when the result is a segment the
 * site uses itself (`page`, `rss.xml`). Names are taken in sorted order, so the result does not depend on the order
 * articles were read in.
 */
export function allocateSlugs(
  names: Iterable<string>,
  reserved: readonly string[] = [],
  map: Readonly<Record<string, string>> = {},
  slugify: Slugify = (name) => name,
): Map<string, string> {
  const taken = new Set(reserved.map(fileSystemKey));
  const slugs = new Map<string, string>();
  for (const name of [...new Set(names)].sort(compareCodePoints)) {
    const base = sanitizePathSegment(slugify(Object.hasOwn(map, name) ? map[name]! : name), hashText(name));
    let slug = base;
    for (let n = 2; taken.has(fileSystemKey(slug)); n++) slug = `${base}-${n}`;
    taken.add(fileSystemKey(slug));
    slugs.set(name, slug);
  }
  return slugs;
}

/** Segments inside taxonomy URLs that the site itself uses for pagination and feeds. */
export const RESERVED_TAXONOMY_SEGMENTS: readonly string[] = ['page', 'rss.xml', 'index.html'];

/** Plain code-point order: stable across machines, unlike locale collation. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
