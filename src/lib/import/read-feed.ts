import { parseFeed } from 'feedsmith';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** One feed item, whatever the feed's format, before it becomes an article. */
export interface FeedItem {
  /** The item's identity: `guid` (RSS), `id` (Atom) or `rdf:about` (RSS 1.0). */
  guid?: string;
  link?: string;
  title?: string;
  /** The date as written, when the item has one. */
  date?: string;
  author?: string;
  categories: string[];
  /** The item's HTML as is (content:encoded, Atom content, else the description); sanitized at build time. */
  html: string;
  /** A header image the feed names (media:thumbnail, media:content, an image enclosure). */
  image?: string;
}

/** A parsed feed: its title and items. */
export interface ParsedFeed {
  format: string;
  title?: string;
  items: FeedItem[];
}

// feedsmith's types differ per format and namespace; the readers below take what they need, defensively.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const htmlParser = unified().use(rehypeParse, { fragment: true });

const first = <T>(values: T[] | undefined): T | undefined => values?.find((value) => value !== undefined && value !== '');
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * Read an RSS 2.0, Atom or RSS 1.0 (RDF) feed with feedsmith (a maintained parser on fast-xml-parser, which does
 * not expand DOCTYPE entities, so an entity bomb stays a short string). Throws with feedsmith's reason when the
 * text is not a feed.
 */
export function readFeed(xml: string): ParsedFeed {
  const { format, feed } = parseFeed(xml) as { format: string; feed: Loose };
  if (format === 'atom') {
    return { format, title: titleText(feed.title), items: ((feed.entries ?? []) as Loose[]).map(readAtomEntry) };
  }
  if (format === 'rss' || format === 'rdf') {
    return { format, title: text(feed.title), items: ((feed.items ?? []) as Loose[]).map(readRssItem) };
  }
  throw new Error(`a ${format} feed, which the importer does not read (RSS 2.0, Atom and RSS 1.0 are read)`);
}

function readRssItem(item: Loose): FeedItem {
  const imageEnclosure = (item.enclosures as Loose[] | undefined)?.find((enclosure) => String(enclosure.type ?? '').startsWith('image/'));
  return {
    guid: text(item.guid?.value) ?? text(item.rdf?.about),
    link: text(item.link),
    title: text(item.title),
    date: text(item.pubDate) ?? first(item.dc?.dates as string[] | undefined),
    author: text(item.authors?.[0]) ?? first(item.dc?.creators as string[] | undefined),
    categories: [...((item.categories ?? []) as Loose[]).map((category) => text(category.name)), ...((item.dc?.subjects ?? []) as unknown[]).map(text)].filter(
      (name): name is string => name !== undefined,
    ),
    html: text(item.content?.encoded) ?? text(item.description) ?? '',
    image: text(item.media?.thumbnails?.[0]?.url) ?? text(item.media?.contents?.find((content: Loose) => content.medium === 'image' || String(content.type ?? '').startsWith('image/'))?.url) ?? text(imageEnclosure?.url),
  };
}

function readAtomEntry(entry: Loose): FeedItem {
  const links = (entry.links ?? []) as Loose[];
  const link = links.find((candidate) => candidate.rel === undefined || candidate.rel === 'alternate') ?? links[0];
  const image = links.find((candidate) => candidate.rel === 'enclosure' && String(candidate.type ?? '').startsWith('image/'));
  return {
    guid: text(entry.id),
    link: text(link?.href),
    title: titleText(entry.title),
    date: text(entry.published) ?? text(entry.updated),
    author: text(entry.authors?.[0]?.name),
    categories: ((entry.categories ?? []) as Loose[]).map((category) => text(category.label) ?? text(category.term)).filter((name): name is string => name !== undefined),
    html: atomHtml(entry.content) ?? atomHtml(entry.summary) ?? '',
    image: text(entry.media?.thumbnails?.[0]?.url) ?? text(image?.href),
  };
}

/** An Atom text construct as plain text: `html` and `xhtml` titles are markup, read for their text. */
function titleText(value: Loose | string | undefined): string | undefined {
  if (typeof value === 'string') return text(value);
  if (!value) return undefined;
  return value.type === 'html' || value.type === 'xhtml' ? text(toString(htmlParser.parse(String(value.value ?? '')))) : text(value.value);
}

/** An Atom content construct as HTML: `text` content is escaped into a paragraph. */
function atomHtml(value: Loose | undefined): string | undefined {
  const content = text(value?.value);
  if (content === undefined) return undefined;
  if (value!.type === 'html' || value!.type === 'xhtml') return content;
  return toHtml(h('p', content));
}
