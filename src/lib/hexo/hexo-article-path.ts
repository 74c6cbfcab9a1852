import { createHash } from 'node:crypto';
import path from 'node:path';
import { getDateParts, pad2 } from '../article/format-date.ts';
import { hexoPostTitle, hexoSlugify, type FilenameCase } from './hexo-slugize.ts';

/** What Hexo made an article's path from. */
export interface HexoArticle {
  /** Path below `source/_posts`, POSIX separators. */
  sourcePath: string;
  title: string;
  date: Date;
  categories: string[][];
  /** Front-matter `slug`. */
  slug?: string;
  /** Front-matter `permalink`. */
  ownPermalink?: string;
}

/** The Hexo settings an article's path depends on. */
export interface HexoPathOptions {
  /** `permalink` of `_config.yml`. */
  pattern: string;
  timeZone: string;
  categoryMap: Readonly<Record<string, string>>;
  filenameCase: FilenameCase;
  defaultCategory: string;
}

/**
 * The path Hexo published an article at, made as Hexo's `post_permalink` filter and router make it: the tokens
 * filled in without making anything safe (`:title` is the path below `_posts` without `.md`, or `slug`;
 * `:post_title` the slugized title; `:category` the slugs of the last category hierarchy; `:hash` the SHA-1 of the
 * slug and the Unix time), a front-matter `permalink` winning; then the leading slashes dropped, backslashes turned
 * into slashes, and anything from a `?` on dropped. Returns undefined when the pattern has a token Hexo takes from
 * its database or from other front matter (`:id`, `:lang`…), which cannot be known here.
 */
export function hexoArticlePath(article: HexoArticle, options: HexoPathOptions): string | undefined {
  let route = article.ownPermalink;
  if (route === undefined) {
    const slug = article.slug ?? article.sourcePath.replace(/\.md$/i, '');
    const date = getDateParts(article.date, options.timeZone);
    const slugify = hexoSlugify(options.filenameCase);
    const hierarchy = article.categories.at(-1) ?? [];
    const tokens: Record<string, string> = {
      title: slug,
      name: path.posix.basename(slug),
      post_title: hexoPostTitle(article.title),
      year: String(date.year),
      month: pad2(date.month),
      day: pad2(date.day),
      hour: pad2(date.hour),
      minute: pad2(date.minute),
      second: pad2(date.second),
      i_month: String(date.month),
      i_day: String(date.day),
      hash: createHash('sha1').update(slug + String(Math.floor(article.date.getTime() / 1000))).digest('hex').slice(0, 12),
      category: hierarchy.length === 0 ? options.defaultCategory : hierarchy.map((name) => slugify(Object.hasOwn(options.categoryMap, name) ? options.categoryMap[name]! : name)).join('/'),
    };
    let known = true;
    route = options.pattern.replace(/:(\w+)/g, (whole, name: string) => {
      if (Object.hasOwn(tokens, name)) return tokens[name]!;
      known = false;
      return whole;
    });
    if (!known) return undefined;
  }
  return route.replace(/^\/+/, '').replace(/\\/g, '/').replace(/\?.*$/, '');
}
