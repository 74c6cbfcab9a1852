import { getDateParts } from '../article/format-date.ts';
import type { Article } from '../archive/build-archive.ts';
import { sourceOf } from '../archive/source-of.ts';

/** What the search index needs of one published article (one line of the search manifest). */
export interface SearchRecord {
  /** Link to the article, base path included. */
  href: string;
  title: string;
  /** ISO date. */
  date: string;
  source?: string;
  image?: string;
  /** Category hierarchies, root first. */
  categories: string[][];
  tags: string[];
  /** Name of the sanitized body in the HTML cache. */
  htmlKey: string;
}


/** The search manifest line of one article. */
export function toSearchRecord(article: Article): SearchRecord {
  return {
    href: article.href,
    title: article.title,
    date: article.date.toISOString(),
    source: sourceOf(article),
    image: article.thumbnail,
    categories: article.categories,
    tags: article.tags,
    htmlKey: article.htmlKey,
  };
}

/** Separator between category levels in filter values: `新媒体 › 36kr › 资讯`. */
export const CATEGORY_SEPARATOR = ' › ';

/**
 * The search filters of an article: every level of each category hierarchy (so a filter on 新媒体 finds
 * articles filed under 新媒体 › 36kr), tags, the year in the site time zone, and the source. Values are
 * de-duplicated because Pagefind counts a repeated value twice (Pagefind#522).
 */
export function searchFiltersOf(record: SearchRecord, timeZone: string): Record<string, string[]> {
  const categories = new Set<string>();
  for (const hierarchy of record.categories) {
    for (let level = 1; level <= hierarchy.length; level++) categories.add(hierarchy.slice(0, level).join(CATEGORY_SEPARATOR));
  }
  const filters: Record<string, string[]> = {
    year: [String(getDateParts(new Date(record.date), timeZone).year)],
  };
  if (categories.size > 0) filters.category = [...categories];
  if (record.tags.length > 0) filters.tag = [...new Set(record.tags)];
  if (record.source) filters.source = [record.source];
  return filters;
}
