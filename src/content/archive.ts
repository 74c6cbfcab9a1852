import { getCollection } from 'astro:content';
import type { Article } from '../lib/archive/build-archive.ts';
import { buildSiteModel, type SiteModel } from '../lib/archive/build-site-model.ts';
import { articleIndexFile, cacheRoot, config, htmlCacheDir } from '../config.ts';
import type { ArticleRecord } from '../lib/archive/article-record.ts';
import { hexoSlugify } from '../lib/hexo/hexo-slugize.ts';
import { planHexoRedirects } from '../lib/hexo/plan-hexo-redirects.ts';
import { openArticleCache, readArticleHtml } from './article-cache.ts';
import { readArticleIndex } from './article-index.ts';
import { writeRedirectManifest } from './redirect-manifest.ts';
import { writePageDates } from './page-dates.ts';
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
      readRecords(entries.map((entry) => entry.data.recordKey)),
      {
        includeDrafts,
        now: new Date(),
        base: import.meta.env.BASE_URL,
        timeZone: config.timeZone,
        categoryMap: config.categoryMap,
        tagMap: config.tagMap,
        taxonomySlugify: config.hexoUrls && hexoSlugify(config.hexoUrls.filenameCase),
        fingerprint: JSON.stringify([config, import.meta.env.BASE_URL]),
      },
    );
    if (!includeDrafts) {
      writeSearchManifest(site, cacheRoot);
      writePageDates(site, import.meta.env.BASE_URL, cacheRoot);
      // Written for every build, so that a site that stops being a Hexo site loses its redirects.
      const redirects = config.hexoUrls
        ? planHexoRedirects(site, {
            hexo: config.hexoUrls,
            pattern: config.permalink,
            timeZone: config.timeZone,
            categoryMap: config.categoryMap,
            pageSize: config.pageSize,
            base: import.meta.env.BASE_URL,
          })
        : { redirects: [], refused: [] };
      writeRedirectManifest(redirects, cacheRoot);
    }
    return site;
  });
  return siteModel;
}

/**
 * The records the store points at, from the article index (one read) or, for one the index lacks (the dev server
 * changed its file since), from the record's own file.
 */
function readRecords(keys: string[]): ArticleRecord[] {
  const { records } = readArticleIndex(articleIndexFile);
  const cache = openArticleCache(htmlCacheDir);
  return keys.map((key) => {
    const record = records.get(key) ?? cache.readRecord(key);
    if (!record) throw new Error(`The record ${key} is missing from the article cache in ${htmlCacheDir}. Run \`astro build --force\` to rebuild the content cache.`);
    return record;
  });
}

/** The sanitized body of one article, read from the HTML cache when its page is rendered. */
export function getArticleHtml(article: Article): string {
  return readArticleHtml(htmlCacheDir, article.htmlKey);
}

export { config };
