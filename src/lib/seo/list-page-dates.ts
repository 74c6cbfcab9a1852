import type { SiteModel } from '../archive/build-site-model.ts';

type Article = SiteModel['articles'][number];

/**
 * When each page last changed, for the sitemap's `lastmod`, by decoded path (base included, see {@link pageDateKey}):
 * an article's page when the article was last updated (its `updated`, else its `date`); the home page and the first
 * page of each category, tag and year when their newest article was. Other pages (later list pages, the search page)
 * get none: the protocol makes it optional, and a wrong date is worse than none.
 */
export function listPageDates(site: SiteModel, base: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const add = (href: string, articles: readonly Article[]) => {
    const latest = lastChanged(articles);
    if (latest !== undefined) dates.set(pageDateKey(href), latest);
  };
  for (const article of site.articles) add(article.href, [article]);
  add(base, site.articles);
  for (const node of site.categories.nodes) add(node.href, node.articles);
  for (const tag of site.tags) add(tag.href, tag.articles);
  for (const year of site.years) add(year.href, year.articles);
  return dates;
}

/** When the latest of some articles last changed: its `updated`, else its `date`; undefined for none. */
export function lastChanged(articles: readonly Article[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) {
    const changed = article.updated ?? article.date;
    if (latest === undefined || changed > latest) latest = changed;
  }
  return latest;
}

/**
 * A page's key in {@link listPageDates}: its path with each segment decoded, so that `C%2B%2B`, `C++` and
 * `C%2B+` find the same page (links and the sitemap escape different characters).
 */
export function pageDateKey(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}
