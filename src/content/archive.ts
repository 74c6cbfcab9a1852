import { getCollection } from 'astro:content';
import type { Article } from '../lib/archive/build-archive.ts';
import { buildSiteModel, type SiteModel } from '../lib/archive/build-site-model.ts';
import { cacheRoot, config, htmlCacheDir } from '../config.ts';
import { readArticleHtml } from './html-cache.ts';
import { writeSearchManifest } from './search-manifest.ts';

let siteModel: Promise<SiteModel> | undefined;

/**
 * The archive, its taxonomies and the links between articles, computed once per build and shared by every page
 * (recomputing per page would make a 100,000-article build quadratic). Drafts and future-dated articles are
 * included only by the dev server.
 */
export function getSiteModel(): Promise<SiteModel> {
  siteModel ??= getCollection('articles').then((entries) => {
    const includeDrafts = import.meta.env.CLIPPINGS_INCLUDE_DRAFTS;
    const site = buildSiteModel(
      entries.map((entry) => entry.data),
      {
        includeDrafts,
        now: new Date(),
        base: import.meta.env.BASE_URL,
        timeZone: config.timeZone,
        categoryMap: config.categoryMap,
        tagMap: config.tagMap,
        fingerprint: JSON.stringify([config, import.meta.env.BASE_URL]),
      },
    );
    if (!includeDrafts) writeSearchManifest(site, cacheRoot);
    return site;
  });
  return siteModel;
}

/** The sanitized body of one article, read from the HTML cache when its page is rendered. */
export function getArticleHtml(article: Article): string {
  return readArticleHtml(htmlCacheDir, article.htmlKey);
}

export { config };
