import type { PermalinkSource } from './article.ts';
import { getDateParts, pad2 } from './format-date.ts';
import { fileSystemKey, hashText, sanitizePath, sanitizePathSegment } from './sanitize-path-segment.ts';

// Everything about permalinks is reachable from this module; the pieces live in their own files.
export { resolvePermalinks } from './resolve-permalinks.ts';
export type { PermalinkClaim, PermalinkCollision, ResolvedPermalinks } from './resolve-permalinks.ts';
export { sanitizePath, sanitizePathSegment } from './sanitize-path-segment.ts';

/** Top-level segments the site's own pages use; an article may not take them. */
export const RESERVED_TOP_SEGMENTS: readonly string[] = [
  'categories',
  'tags',
  'archives',
  'page',
  'search',
  'pagefind',
  '_astro',
  'rss.xml',
  '404',
  '404.html',
];

/** Path of the source below the content folder without its `.md` extension, as Hexo's `:title`. */
function sourceSlug(article: PermalinkSource): string {
  return article.slug ?? article.relativePath.normalize('NFC').replace(/\.(md|markdown)$/i, '');
}

function createTokens(article: PermalinkSource, timeZone: string, hash: string) {
  const date = getDateParts(article.date, timeZone);
  const segment = (value: string) => sanitizePathSegment(value, hash);
  const name = () => segment(sourceSlug(article).split('/').pop() ?? '');
  const firstHierarchy = article.categories[0] ?? [];
  const tokens: Record<string, () => string> = {
    year: () => String(date.year),
    month: () => pad2(date.month),
    i_month: () => String(date.month),
    day: () => pad2(date.day),
    i_day: () => String(date.day),
    hour: () => pad2(date.hour),
    minute: () => pad2(date.minute),
    second: () => pad2(date.second),
    title: () => sanitizePath(sourceSlug(article), hash) || hash,
    name,
    slug: name,
    post_title: () => segment(article.title),
    category: () => (firstHierarchy.length === 0 ? 'uncategorized' : firstHierarchy.map(segment).join('/')),
    hash: () => hash,
  };
  return tokens;
}

/**
 * Expand a Hexo permalink pattern such as `:year/:month/:title/` for one article, in `timeZone`.
 * Tokens: `:year :month :i_month :day :i_day :hour :minute :second` (site time zone), `:title`
 * (source path below the content folder without `.md`, or `slug`), `:name` and its alias `:slug`
 * (file name without `.md`, or the last part of `slug`), `:post_title`, `:category` (first
 * hierarchy joined with `/`, or `uncategorized`), `:hash` (of the source path). A front-matter
 * `permalink` wins over the pattern. Unknown tokens stay as written.
 * @returns A sanitized POSIX path without leading slash, with a trailing slash, e.g. `2022/02/快手/`.
 */
export function expandPermalink(pattern: string, article: PermalinkSource, timeZone: string): string {
  const hash = hashText(article.relativePath);
  let expanded: string;
  if (article.permalink !== undefined) {
    expanded = article.permalink;
  } else {
    const tokens = createTokens(article, timeZone, hash);
    expanded = pattern.replace(/:(\w+)/g, (whole, name: string) => tokens[name]?.() ?? whole);
  }
  return `${sanitizePath(expanded, hash) || hash}/`;
}

/**
 * The `href` of a permalink: `base` plus each segment percent-encoded. Use it for every link, so
 * that file paths and links never disagree.
 */
export function toHref(permalink: string, base = '/'): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const path = permalink
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
  return path === '' ? prefix : `${prefix}${path}/`;
}

/** Whether a permalink is the site root or starts with a reserved segment (case-insensitive). */
export function isReservedPermalink(permalink: string, reserved: readonly string[] = RESERVED_TOP_SEGMENTS): boolean {
  const first = permalink.split('/').find((segment) => segment !== '');
  if (first === undefined) return true;
  const key = fileSystemKey(first);
  return reserved.some((segment) => fileSystemKey(segment) === key);
}
