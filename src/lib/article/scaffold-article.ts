import matter from 'gray-matter';
import { formatDateWithOffset } from './format-date.ts';
import { hashText, sanitizePathSegment } from './sanitize-path-segment.ts';

/** What `npm run new` is asked for. */
export interface ScaffoldArticleOptions {
  title: string;
  /** One hierarchy, top first, e.g. `['新媒体', '36kr', '资讯']`. */
  categories: string[];
  tags: string[];
  now: Date;
  timeZone: string;
}

/** A new article: where it goes below the content folder, and its text. */
export interface ScaffoldedArticle {
  /** `<category>/<sub-category>/<title>.md`, each segment made safe for every file system. */
  relativePath: string;
  text: string;
}

/**
 * A new article with valid front matter, at the path an archive in Hexo's layout uses: a folder per category
 * level, the title as the file name. The front matter is written by gray-matter's YAML serializer, so quotes,
 * colons and `#` in a title need no care; the date is now, with the site time zone's offset written out.
 */
export function scaffoldArticle(options: ScaffoldArticleOptions): ScaffoldedArticle {
  const title = options.title.trim();
  if (title === '') throw new Error('The title is empty: give the article a title, e.g. npm run new -- "标题".');
  const date = formatDateWithOffset(options.now, options.timeZone);
  const data: Record<string, unknown> = { title, date };
  if (options.categories.length > 0) data.categories = options.categories;
  if (options.tags.length > 0) data.tags = options.tags;
  const folders = options.categories.map((name) => sanitizePathSegment(name, hashText(name)));
  return {
    relativePath: [...folders, `${sanitizePathSegment(title, hashText(title))}.md`].join('/'),
    text: matter.stringify('\n在这里写正文（Markdown 或 HTML）。\n', data),
  };
}
