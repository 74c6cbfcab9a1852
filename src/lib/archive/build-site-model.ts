import type { ArticleRecord } from './article-record.ts';
import { buildArchive, type Article } from './build-archive.ts';
import { buildCategoryTree, type CategoryTree } from '../taxonomy/build-category-tree.ts';
import { buildDateArchive, type YearArchive } from '../taxonomy/build-date-archive.ts';
import { buildTagIndex, type TagEntry } from '../taxonomy/build-tag-index.ts';
import type { Slugify } from '../taxonomy/allocate-slugs.ts';
import { findRelated } from '../taxonomy/find-related.ts';

/** Everything the pages of a site are rendered from, computed once per build. */
export interface SiteModel {
  /** Published articles, newest first. */
  articles: Article[];
  categories: CategoryTree<Article>;
  /** Tags, most-used first. */
  tags: TagEntry<Article>[];
  /** Years, newest first, each with its months. */
  years: YearArchive<Article>[];
  /** Related articles of `articles[i]`, at index i. */
  related: Article[][];
  /** Whether any article has a tag: every page's navigation links the tag index only then. */
  hasTags: boolean;
  /** Digest of the site settings every page shows, salting each page's incremental-build cache key. */
  fingerprint: string;
}

/** Options for {@link buildSiteModel}. */
export interface BuildSiteModelOptions {
  includeDrafts: boolean;
  now: Date;
  base: string;
  timeZone: string;
  /** URL segments for category and tag names (Hexo's `category_map` and `tag_map`). Default: none. */
  categoryMap?: Readonly<Record<string, string>>;
  tagMap?: Readonly<Record<string, string>>;
  /** How a category or tag name becomes a URL segment before it is made path-safe (Hexo's slugize). Default: as is. */
  taxonomySlugify?: Slugify;
  /** Site settings that every page shows (title, language…), as text. */
  fingerprint: string;
}

/** Compute the archive, its taxonomies and the links between articles from the stored records. */
export function buildSiteModel(records: ArticleRecord[], options: BuildSiteModelOptions): SiteModel {
  const articles = buildArchive(records, options);
  const tags = buildTagIndex(articles, options.base, options.tagMap, options.taxonomySlugify);
  const hasTags = tags.length > 0;
  return {
    articles,
    categories: buildCategoryTree(articles, options.base, options.categoryMap, options.taxonomySlugify),
    tags,
    years: buildDateArchive(articles, options.timeZone, options.base),
    related: findRelated(articles),
    hasTags,
    // Every page's navigation shows the tag index link or not: a page kept from the last build must agree.
    fingerprint: `${options.fingerprint}\0tags:${hasTags}`,
  };
}
