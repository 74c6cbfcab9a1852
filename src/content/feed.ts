import rss from '@astrojs/rss';
import { XMLBuilder } from 'fast-xml-parser';
import type { Article } from '../lib/archive/build-archive.ts';
import { buildFeedItems } from '../lib/feeds/build-feed-items.ts';
import { prepareFeedHtml } from '../lib/feeds/prepare-feed-html.ts';
import { lastChanged } from '../lib/seo/list-page-dates.ts';
import { config, getArticleHtml } from './archive.ts';

/** The channel elements @astrojs/rss has no option for, as XML (`customData`); the builder escapes every value. */
const channelXml = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true });

/**
 * An RSS 2.0 response for a list of articles (newest first), with the sanitized content of each as
 * `config.feedContent` and `config.feedMaxBytes` allow. `feedUrl` is the feed's own address (`atom:link
 * rel="self"`), `pageUrl` the page it belongs to (the channel's link: the home page, a category's or a tag's page).
 */
export function respondWithFeed(options: { title: string; description: string; feedUrl: URL; pageUrl: URL; articles: Article[]; limit: number }) {
  const items = buildFeedItems(options.articles, {
    limit: options.limit,
    content: config.feedContent,
    maxBytes: config.feedMaxBytes,
    htmlOf: feedHtmlOf,
  });
  // The newest change among the items, not the clock: a build of the same archive writes the same feed.
  const lastChange = lastChanged(options.articles.slice(0, items.length));
  return rss({
    title: options.title,
    description: options.description,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Item links are absolute paths (base included), resolved against the channel's link.
    site: options.pageUrl.href,
    items,
    customData: channelXml.build({
      'atom:link': { '@_href': options.feedUrl.href, '@_rel': 'self', '@_type': 'application/rss+xml' },
      language: config.lang,
      ...(lastChange && { lastBuildDate: lastChange.toUTCString() }),
    }),
    trailingSlash: true,
  });
}

/**
 * An article's HTML as feeds carry it (see prepare-feed-html.ts), remembered for a while: the newest articles are in
 * the site feed and in the feeds of each of their categories and tags.
 */
function feedHtmlOf(article: Article): string {
  let html = feedHtml.get(article.htmlKey);
  if (html === undefined) {
    if (feedHtml.size >= FEED_HTML_KEPT) feedHtml.delete(feedHtml.keys().next().value!);
    html = prepareFeedHtml(getArticleHtml(article));
    feedHtml.set(article.htmlKey, html);
  }
  return html;
}
const feedHtml = new Map<string, string>();
const FEED_HTML_KEPT = 2_000;
