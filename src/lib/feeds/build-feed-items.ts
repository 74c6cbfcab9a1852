import { toHtml } from 'hast-util-to-html';
import type { Article } from '../archive/build-archive.ts';

/** One RSS item, in the shape `@astrojs/rss` takes (it escapes every string it writes). */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  /** The excerpt as HTML: feed readers render an item's description as HTML, and the excerpt is plain text. */
  description: string;
  categories: string[];
  /** Full sanitized article HTML, written as `content:encoded`. */
  content: string;
}

/** Feed items for the newest `limit` articles (given newest first), with their sanitized bodies. */
export function buildFeedItems(articles: Article[], limit: number, htmlOf: (article: Article) => string): FeedItem[] {
  return articles.slice(0, limit).map((article) => ({
    title: article.title,
    link: article.href,
    pubDate: article.date,
    // Escaped, or a description in the front matter that reads "<script>…" would be markup in a feed reader.
    description: toHtml({ type: 'text', value: article.excerpt }),
    categories: [...new Set([...article.categories.flat(), ...article.tags])],
    content: htmlOf(article),
  }));
}
