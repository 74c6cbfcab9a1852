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
  /** Full sanitized article HTML, written as `content:encoded`; absent past the feed's byte budget. */
  content?: string;
}

/** Options for {@link buildFeedItems}. */
export interface FeedItemsOptions {
  /** Most items. */
  limit: number;
  /** Whether items carry the whole article (`'full'`) or only the excerpt. */
  content: 'full' | 'excerpt';
  /** Most bytes of the whole feed, as written (escaped). */
  maxBytes: number;
  /** An article's HTML as the feed carries it. */
  htmlOf: (article: Article) => string;
}

/** Room kept for the channel's own elements (title, description, links, dates). */
const CHANNEL_BYTES = 2_000;
/** Room per item for its tags around the text (link, guid, pubDate, item and category elements). */
const ITEM_OVERHEAD_BYTES = 400;

/**
 * Feed items for the newest `limit` articles (given newest first). With `content: 'full'`, the newest articles carry
 * their body while the feed stays within `maxBytes`; the others carry their excerpt only (room for every item's
 * excerpt is kept first; a budget too small even for those ends the feed early), so a feed of long articles stays a
 * size a reader fetches quickly.
 */
export function buildFeedItems(articles: Article[], options: FeedItemsOptions): FeedItem[] {
  const items: FeedItem[] = [];
  let bytes = CHANNEL_BYTES;
  for (const article of articles.slice(0, options.limit)) {
    const item: FeedItem = {
      title: article.title,
      link: article.href,
      pubDate: article.date,
      // Escaped, or a description in the front matter that reads "<script>…" would be markup in a feed reader.
      description: toHtml({ type: 'text', value: article.excerpt }),
      categories: [...new Set([...article.categories.flat(), ...article.tags])],
    };
    const itemBytes = ITEM_OVERHEAD_BYTES + escapedBytes(item.title) + escapedBytes(item.description) + escapedBytes(item.link) +
      item.categories.reduce((sum, name) => sum + escapedBytes(name) + 30, 0);
    if (bytes + itemBytes > options.maxBytes) break;
    bytes += itemBytes;
    items.push(item);
  }
  if (options.content === 'full') {
    items.forEach((item, index) => {
      const content = options.htmlOf(articles[index]!);
      const contentBytes = escapedBytes(content);
      if (bytes + contentBytes > options.maxBytes) return;
      item.content = content;
      bytes += contentBytes;
    });
  }
  return items;
}

/** UTF-8 bytes of a string once escaped as XML text (`&`, `<`, `>`, quotes become entities): an upper bound. */
export function escapedBytes(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 60 || code === 62) extra += 3;
    else if (code === 38) extra += 4;
    else if (code === 34 || code === 39) extra += 5;
  }
  return Buffer.byteLength(text) + extra;
}
