import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { formatDisplayDate } from '../article/format-date.ts';
import { encodeSearchCard } from './search-card.ts';
import { searchFiltersOf, type SearchRecord } from './search-record.ts';
import { SEARCH_TEXT_VERSION, tokenizeSearchText } from './tokenize-search-text.ts';

/** Bump when the document below changes, so that cached search shards are built again. */
export const SEARCH_DOCUMENT_VERSION = `2.${SEARCH_TEXT_VERSION}`;

/**
 * The language the index is declared in. It has no stemmer and no segmenter in Pagefind, so Pagefind indexes our
 * tokens as they are, one word per space-separated token, instead of cutting Chinese its own way (jieba words plus
 * every pair of adjacent characters, three times the tokens). The search page, in `zh-CN`, still finds the index:
 * Pagefind falls back to a bundle's only language.
 */
export const SEARCH_INDEX_LANGUAGE = 'und';

/** Options for {@link buildSearchDocument}. */
export interface BuildSearchDocumentOptions {
  timeZone: string;
}

/**
 * The HTML Pagefind indexes for one article: its body as index tokens separated by spaces (see
 * tokenize-search-text.ts; `bodyTokens` are the body text's, see index-shard.ts), its title's tokens as the `title`
 * metadata (Pagefind searches it and ranks title matches higher), what a result shows as one `card` word no query
 * reaches (see search-card.ts), filters and the date sort key. Every untrusted string goes through hastscript, so it
 * is escaped.
 */
export function buildSearchDocument(record: SearchRecord, bodyTokens: string, options: BuildSearchDocumentOptions): string {
  const date = new Date(record.date);
  const card = encodeSearchCard({ title: record.title, date: formatDisplayDate(date, options.timeZone), source: record.source, image: record.image });
  // Values are element text, not `key:value` attributes, so that commas and colons in them need no escaping.
  const hidden: ElementContent[] = [
    h('span', { dataPagefindMeta: 'title' }, tokenizeSearchText(record.title).join(' ')),
    h('span', { dataPagefindMeta: 'card' }, card),
    h('span', { dataPagefindSort: 'date' }, date.toISOString()),
    ...Object.entries(searchFiltersOf(record, options.timeZone)).flatMap(([name, values]) =>
      values.map((value) => h('span', { dataPagefindFilter: name }, value)),
    ),
  ];
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: SEARCH_INDEX_LANGUAGE }, [
      h('head', [h('meta', { charSet: 'utf-8' })]),
      h('body', [
        h('main', { dataPagefindBody: '' }, [
          h('p', bodyTokens),
          // Pagefind still reads metadata, filters and sorts inside an ignored element; its text is not indexed.
          h('div', { dataPagefindIgnore: '' }, hidden),
        ]),
      ]),
    ]),
  ]);
  return toHtml(tree);
}
