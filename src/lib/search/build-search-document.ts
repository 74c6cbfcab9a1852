import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { formatDisplayDate } from '../article/format-date.ts';
import { searchFiltersOf, type SearchRecord } from './search-record.ts';

/** Bump when the document below changes, so that cached search shards are built again. */
export const SEARCH_DOCUMENT_VERSION = '1';

/** Options for {@link buildSearchDocument}. */
export interface BuildSearchDocumentOptions {
  /** Language of the document, e.g. `zh-CN`: Pagefind picks its word segmentation from it. */
  lang: string;
  timeZone: string;
}

/**
 * The HTML Pagefind indexes for one article: its title (as an `h1`, so that a Chinese title is segmented and
 * weighted like text — Pagefind splits meta fields on whitespace only) and its sanitized body, with metadata,
 * filters and the date sort key as Pagefind attributes. Site chrome, lists and related links are never in it.
 * Every untrusted string goes through hastscript, so it is escaped; the body is already sanitized.
 */
export function buildSearchDocument(record: SearchRecord, bodyHtml: string, options: BuildSearchDocumentOptions): string {
  const filters = searchFiltersOf(record, options.timeZone);
  const date = new Date(record.date);
  // Values are element text, not `key:value` attributes, so that commas and colons in them need no escaping.
  const hidden: ElementContent[] = [
    h('span', { dataPagefindMeta: 'date' }, formatDisplayDate(date, options.timeZone)),
    h('span', { dataPagefindSort: 'date' }, date.toISOString()),
    ...(record.source ? [h('span', { dataPagefindMeta: 'source' }, record.source)] : []),
    ...(record.image ? [h('span', { dataPagefindMeta: 'image' }, record.image)] : []),
    ...Object.entries(filters).flatMap(([name, values]) =>
      values.map((value) => h('span', { dataPagefindFilter: name }, value)),
    ),
  ];
  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: options.lang }, [
      h('head', [h('meta', { charSet: 'utf-8' }), h('title', record.title)]),
      h('body', [
        h('main', { dataPagefindBody: '' }, [
          h('h1', { dataPagefindWeight: '7', dataPagefindMeta: 'title' }, record.title),
          { type: 'raw', value: bodyHtml },
          // Pagefind still reads metadata, filters and sorts inside an ignored element; its text is not indexed.
          h('div', { dataPagefindIgnore: '' }, hidden),
        ]),
      ]),
    ]),
  ]);
  return toHtml(tree, { allowDangerousHtml: true });
}
