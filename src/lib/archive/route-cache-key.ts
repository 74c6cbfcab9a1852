import { createHash } from 'node:crypto';
import type { CategoryNode } from '../taxonomy/build-category-tree.ts';
import type { ListPage } from '../taxonomy/paginate.ts';
import type { Article } from './build-archive.ts';

/**
 * A digest of what a page shows, for Astro's incremental builds (`cacheKey` in getStaticPaths): equal keys let
 * Astro reuse the page from the previous build. `salt` carries what every page shows (site settings).
 */
export function routeCacheKey(salt: string, shown: unknown): string {
  return createHash('sha256').update(salt).update('\0').update(JSON.stringify(shown)).digest('hex').slice(0, 24);
}

const linkDigests = new WeakMap<Article, string>();

/**
 * What a list entry or a link to an article shows, as a digest. The body's digest is left out: a list never shows
 * it. Computed once per article: an article is in a dozen lists (home, categories, tags, month, year, feeds), and
 * serializing its excerpt into each list's key was most of the cost of keys at 100,000 articles.
 */
export function shownOfArticleLink(article: Article): string {
  let digest = linkDigests.get(article);
  if (digest === undefined) {
    const { href, title, date, author, categories, excerpt, thumbnail, lang } = article;
    digest = routeCacheKey('', [href, title, date, author, categories, excerpt, thumbnail, lang]);
    linkDigests.set(article, digest);
  }
  return digest;
}

/** What a paginated list shows: its entries and where its navigation leads. */
export function shownOfListPage(page: ListPage<Article>) {
  return [page.current, page.last, page.hrefOf(1), page.items.map(shownOfArticleLink)];
}

/**
 * What a category page shows of its node, without the node's whole article list (that would be quadratic): counts
 * only `withCounts` (page 1 shows them; later pages only the subcategories' names).
 */
export function shownOfCategory(node: CategoryNode<Article>, withCounts: boolean) {
  const count = (of: CategoryNode<Article>) => withCounts && of.articles.length;
  return [node.names, node.href, count(node), node.children.map((child) => [child.name, child.href, count(child)])];
}

/** What a feed shows: its newest `limit` articles in full (their bodies' digests included) and its title. */
export function feedCacheKey(salt: string, title: string, articles: Article[], limit: number): string {
  return routeCacheKey(salt, [title, articles.slice(0, limit).map((article) => [shownOfArticleLink(article), article.tags, article.htmlKey])]);
}
