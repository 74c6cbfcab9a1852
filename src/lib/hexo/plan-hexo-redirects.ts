import { pad2 } from '../article/format-date.ts';
import { toHref } from '../article/permalink.ts';
import type { SiteModel } from '../archive/build-site-model.ts';
import { countPages, pagePath } from '../taxonomy/paginate.ts';
import type { FilenameCase } from './hexo-slugize.ts';
import { hexoArticlePath } from './hexo-article-path.ts';

/** How the Hexo site made its addresses (config `hexoUrls`, read from `_config.yml`). */
export interface HexoUrls {
  categoryDir: string;
  tagDir: string;
  archiveDir: string;
  paginationDir: string;
  filenameCase: FilenameCase;
  defaultCategory: string;
}

/** An old address and where it moved. */
export interface Redirect {
  /** The old path below the site's base, as Hexo wrote it: `2026/02/75%，澳洲/` (a folder) or `a.html` (a file). */
  from: string;
  /** The new address: an href, base included. */
  to: string;
}

/** An old address that gets no redirect page, and why. */
export interface RefusedRedirect extends Redirect {
  reason: string;
}

/** What {@link planHexoRedirects} needs besides the site. */
export interface PlanHexoRedirectsOptions {
  hexo: HexoUrls;
  /** The `permalink` pattern. */
  pattern: string;
  timeZone: string;
  categoryMap: Readonly<Record<string, string>>;
  pageSize: number;
  base: string;
}

/**
 * The addresses a Hexo site had that this site does not keep, each with the page it moved to: articles whose Hexo
 * path held a character Clippings replaces (`%`, `:`, `*`, `|`, `"`, `<`, `>`, a path too long, a Windows device
 * name…) or that Hexo made with a token Clippings reads otherwise; and every list page (with its later pages) when
 * `_config.yml` moved the category, tag, archive or pagination folder. Hexo's `archives/page/N/` always moves:
 * Clippings' archive index lists years and months, and the same articles are on the home page's page N. An old
 * address that is now another page is left to that page.
 */
export function planHexoRedirects(site: SiteModel, options: PlanHexoRedirectsOptions): { redirects: Redirect[]; refused: RefusedRedirect[] } {
  const redirects: Redirect[] = [];
  const refused: RefusedRedirect[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    if (from === '' || seen.has(toKey(from))) return;
    seen.add(toKey(from));
    redirects.push({ from, to });
  };

  const pages = new Set(site.articles.map((article) => toKey(article.permalink)));
  for (const article of site.articles) {
    const from = hexoArticlePath(article, { ...options.hexo, pattern: options.pattern, timeZone: options.timeZone, categoryMap: options.categoryMap });
    if (from === undefined) continue;
    const folder = from.endsWith('/') ? from : `${from}/`;
    // The same address; or the same but for the slash a static host adds to a folder's address.
    if (toKey(folder) === toKey(article.permalink)) continue;
    // Another article's address now: the clash was reported when the archive was read.
    if (pages.has(toKey(folder))) continue;
    if (from.includes('#')) {
      refused.push({ from, to: article.href, reason: 'a `#` in a link starts a fragment, so this address never reached the article' });
    } else if (!from.endsWith('/') && !/\.html?$/i.test(from)) {
      refused.push({ from, to: article.href, reason: 'Hexo wrote it as a file without an extension (a `?` cut it short, or the pattern has no trailing slash); a page there would not be served as HTML' });
    } else {
      add(from, article.href);
    }
  }

  const { categoryDir, tagDir, archiveDir, paginationDir } = options.hexo;
  /**
   * Every page of one list: its old path (`''` for the root), its own path, and its number of articles. Hexo's last
   * page was a short one; here page 1 holds the remainder (paginate.ts), so Hexo's last page goes to the last here.
   */
  const list = (old: string, own: string, articles: number) => {
    const last = countPages(articles, options.pageSize, 'first');
    for (let page = 1; page <= countPages(articles, options.pageSize); page++) {
      const from = page === 1 ? old : `${old}${paginationDir}/${page}/`;
      const to = pagePath(own, Math.min(page, last));
      if (toKey(from) !== toKey(to)) add(from, toHref(to, options.base));
    }
  };
  const under = (dir: string, path: string) => (dir === '' ? path : `${dir}/${path}`);

  list('', '', site.articles.length);
  for (const node of site.categories.nodes) list(under(categoryDir, `${node.slugs.join('/')}/`), `categories/${node.slugs.join('/')}/`, node.articles.length);
  for (const tag of site.tags) list(under(tagDir, `${tag.slug}/`), `tags/${tag.slug}/`, tag.articles.length);
  // An archive folder at the root (`archive_dir: /`) had its index at the home page, which is still there.
  if (archiveDir !== 'archives') add(under(archiveDir, ''), toHref('archives/', options.base));
  const homePages = countPages(site.articles.length, options.pageSize, 'first');
  for (let page = 2; page <= countPages(site.articles.length, options.pageSize); page++) {
    add(under(archiveDir, `${paginationDir}/${page}/`), toHref(pagePath('', Math.min(page, homePages)), options.base));
  }
  for (const year of site.years) {
    list(under(archiveDir, `${year.year}/`), `archives/${year.year}/`, year.articles.length);
    for (const month of year.months) {
      const path = `${year.year}/${pad2(month.month)}/`;
      list(under(archiveDir, path), `archives/${path}`, month.articles.length);
    }
  }
  return { redirects, refused };
}

/** Paths compare after NFC, as the file names they become. */
function toKey(path: string): string {
  return path.normalize('NFC');
}
