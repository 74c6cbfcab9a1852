import { toHref } from '../article/permalink.ts';
import type { CategoryNode } from '../taxonomy/build-category-tree.ts';
import { labelCategories } from '../taxonomy/label-categories.ts';
import type { MonthArchive, YearArchive } from '../taxonomy/build-date-archive.ts';
import type { TagEntry } from '../taxonomy/build-tag-index.ts';
import { paginate, type ListPage } from '../taxonomy/paginate.ts';
import type { Article } from './build-archive.ts';
import type { SiteModel } from './build-site-model.ts';
import { routeCacheKey, shownOfCategory, shownOfListPage } from './route-cache-key.ts';

/** A route for Astro's `getStaticPaths`: one rest parameter, the page's props, and its incremental-build key. */
export interface Route<Props> {
  params: Record<string, string | undefined>;
  props: Props;
  /** Digest of what the page shows: Astro reuses the previous build's page while it is unchanged. */
  cacheKey: string;
}

/** A named link. */
export interface Link {
  name: string;
  href: string;
}

/** Props of an article page. */
export interface ArticlePageProps {
  article: Article;
  /** One breadcrumb per category hierarchy, root first. */
  categoryTrails: Link[][];
  tags: Link[];
  /** The next older article, if any. */
  older?: Article;
  /** The next newer article, if any. */
  newer?: Article;
  related: Article[];
}

/** One page per article, with its neighbours in time and its related articles. */
export function listArticleRoutes(site: SiteModel): Route<ArticlePageProps>[] {
  const categoryHrefs = new Map(site.categories.nodes.map((node) => [node.names.join('\0'), node.href]));
  const tagHrefs = new Map(site.tags.map((tag) => [tag.name, tag.href]));
  return site.articles.map((article, index) => {
    const props: ArticlePageProps = {
      article,
      categoryTrails: article.categories.map((hierarchy) =>
        hierarchy.map((name, level) => ({
          name,
          href: categoryHrefs.get(hierarchy.slice(0, level + 1).join('\0'))!,
        })),
      ),
      tags: article.tags.map((name) => ({ name, href: tagHrefs.get(name)! })),
      older: site.articles[index + 1],
      newer: site.articles[index - 1],
      related: site.related[index]!,
    };
    const links = [props.older, props.newer, ...props.related].map((other) => other && [other.href, other.title]);
    return {
      // Astro wants the rest parameter without the trailing slash that permalinks carry.
      params: { permalink: article.permalink.slice(0, -1) },
      props,
      cacheKey: routeCacheKey(site.fingerprint, [article, props.categoryTrails, props.tags, links]),
    };
  });
}

/**
 * The pages of a newest-first list: page 1 at `segments`, later pages at `segments/page/n`, page 1 holding what does
 * not fill a page (paginate.ts, `remainder: 'first'`), so that a new article leaves later pages unchanged.
 * `shown(isFirstPage)` is what a page shows besides its entries (headings, counts, sub-lists), for its cache key:
 * counts are shown on page 1 only, for the same reason.
 */
function listPages<Props>(
  site: SiteModel,
  segments: string[],
  articles: Article[],
  options: { pageSize: number; baseHref: string },
  props: Props,
  shown: (isFirstPage: boolean) => unknown,
): Route<Props & { page: ListPage<Article> }>[] {
  return paginate(articles, { ...options, remainder: 'first' }).map((page) => ({
    params: { path: [...segments, ...(page.current > 1 ? ['page', String(page.current)] : [])].join('/') || undefined },
    props: { ...props, page },
    cacheKey: routeCacheKey(site.fingerprint, [shown(page.current === 1), shownOfListPage(page)]),
  }));
}

/** Home page and its later pages (`/page/2/`…). */
export function listHomeRoutes(site: SiteModel, pageSize: number, base: string) {
  return listPages(site, [], site.articles, { pageSize, baseHref: toHref('', base) }, {}, () => 'home');
}

/** Every category node's pages. */
export function listCategoryRoutes(site: SiteModel, pageSize: number) {
  const labels = labelCategories(site.categories.nodes);
  return site.categories.nodes.flatMap((node) => {
    const trail = trailOf(site, node);
    // The page's title and heading: the name, with as much of the path as tells it from others (label-categories.ts).
    const label = labels.get(node)!;
    const steps = trail.map((step) => [step.name, step.href]);
    const shown = (isFirstPage: boolean) => [shownOfCategory(node, isFirstPage), steps, label];
    return listPages(site, node.slugs, node.articles, { pageSize, baseHref: node.href }, { node, trail, label }, shown);
  });
}

/** The nodes from the root down to `node`, for the breadcrumb. */
function trailOf(site: SiteModel, node: CategoryNode<Article>): CategoryNode<Article>[] {
  const trail: CategoryNode<Article>[] = [];
  let level = site.categories.roots;
  for (const slug of node.slugs) {
    const next = level.find((candidate) => candidate.slugs.at(-1) === slug)!;
    trail.push(next);
    level = next.children;
  }
  return trail;
}

/** Every tag's pages. */
export function listTagRoutes(site: SiteModel, pageSize: number) {
  return site.tags.flatMap((tag: TagEntry<Article>) =>
    listPages(site, [tag.slug], tag.articles, { pageSize, baseHref: tag.href }, { tag }, (isFirstPage) => [
      tag.name,
      tag.href,
      isFirstPage && tag.articles.length,
    ]),
  );
}

/** Every year's and every month's pages. */
export function listDateArchiveRoutes(site: SiteModel, pageSize: number) {
  return site.years.flatMap((year: YearArchive<Article>) => {
    const months = (isFirstPage: boolean) => year.months.map((month) => [month.month, month.href, isFirstPage && month.articles.length]);
    return [
      ...listPages(site, [String(year.year)], year.articles, { pageSize, baseHref: year.href }, { year, month: undefined }, (isFirstPage) => [
        year.year,
        isFirstPage && year.articles.length,
        months(isFirstPage),
      ]),
      ...year.months.flatMap((month: MonthArchive<Article>) =>
        listPages(
          site,
          [String(year.year), String(month.month).padStart(2, '0')],
          month.articles,
          { pageSize, baseHref: month.href },
          { year, month },
          (isFirstPage) => [year.year, year.href, month.month, isFirstPage && month.articles.length],
        ),
      ),
    ];
  });
}

/** Tags on each page of the complete tag index: a few hundred keep a page small even with 10,000+ tags. */
export const TAGS_PER_INDEX_PAGE = 500;
/** Tags shown as "most used" at the top of `/tags/`. */
export const TOP_TAG_COUNT = 100;

const byChineseCollation = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The tag index: the most-used tags, then every tag sorted by name (Chinese collation: pinyin order), split into
 * pages at `/tags/`, `/tags/page/2/`… None when the archive has no tags.
 */
export function listTagIndexRoutes(site: SiteModel, base: string) {
  // An archive without tags has no tag index: no page that says nothing, in the sitemap or the navigation.
  if (site.tags.length === 0) return [];
  const byName = [...site.tags].sort((a, b) => byChineseCollation.compare(a.name, b.name));
  const top = site.tags.slice(0, TOP_TAG_COUNT);
  const shownOfTag = (tag: TagEntry<Article>) => [tag.name, tag.href, tag.articles.length];
  return paginate(byName, { pageSize: TAGS_PER_INDEX_PAGE, baseHref: toHref('tags/', base) }).map((page) => ({
    params: { page: page.current > 1 ? String(page.current) : undefined },
    props: { page, top, total: site.tags.length },
    cacheKey: routeCacheKey(site.fingerprint, [page.current, page.last, top.map(shownOfTag), page.items.map(shownOfTag)]),
  }));
}
