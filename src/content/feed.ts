import rss from '@astrojs/rss';
import type { Article } from '../lib/archive/build-archive.ts';
import { buildFeedItems } from '../lib/feeds/build-feed-items.ts';
import { config, getArticleHtml } from './archive.ts';

/** An RSS 2.0 response for a list of articles (newest first), with the full sanitized content of each. */
export function respondWithFeed(options: { title: string; description: string; site: URL | undefined; articles: Article[]; limit: number }) {
  return rss({
    title: options.title,
    description: options.description,
    // The channel's link is the site's home page, below its base; item links are absolute paths, base included.
    site: new URL(import.meta.env.BASE_URL, options.site ?? config.site).href,
    items: buildFeedItems(options.articles, options.limit, getArticleHtml),
    customData: `<language>${config.lang}</language>`,
    trailingSlash: true,
  });
}
