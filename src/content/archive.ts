import { getCollection } from 'astro:content';
import { buildArchive, type Article } from '../lib/archive/build-archive.ts';
import { config, htmlCacheDir } from '../config.ts';
import { readArticleHtml } from './html-cache.ts';

let archive: Promise<Article[]> | undefined;

/**
 * Every article a reader may see, newest first, computed once per build and shared by all pages
 * (recomputing it per page would make a 100,000-article build quadratic).
 */
export function getArchive(): Promise<Article[]> {
  archive ??= getCollection('articles').then((entries) =>
    buildArchive(
      entries.map((entry) => entry.data),
      { includeDrafts: import.meta.env.DEV, now: new Date(), base: import.meta.env.BASE_URL },
    ),
  );
  return archive;
}

/** The sanitized body of one article, read from the HTML cache when its page is rendered. */
export function getArticleHtml(article: Article): string {
  return readArticleHtml(htmlCacheDir, article.htmlKey);
}

export { config };
