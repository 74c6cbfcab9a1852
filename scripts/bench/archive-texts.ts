import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { readSearchManifest } from '../../src/content/search-manifest.ts';
import { getDateParts } from '../../src/lib/article/format-date.ts';
import type { ArchiveText } from './search-queries.ts';

/**
 * The title and body text of every published article of a build, as the search index holds them: read from the
 * build's search manifest and the sanitized bodies in its article cache (`<cacheDir>/clippings-html/`).
 */
export function readArchiveTexts(cacheDir: string, timeZone: string): ArchiveText[] {
  const parser = unified().use(rehypeParse, { fragment: true });
  return readSearchManifest(cacheDir).map((record) => ({
    href: record.href,
    year: getDateParts(new Date(record.date), timeZone).year,
    title: record.title,
    body: toText(parser.parse(readFileSync(path.join(cacheDir, 'clippings-html', `${record.htmlKey}.html`), 'utf8'))),
  }));
}

/**
 * The path of an article's address as a reader reads it, every segment decoded: the search manifest's `href` and a
 * link's `pathname` in the browser encode some characters differently (`&`, `,`, `’`), this compares them.
 */
export function articlePath(href: string): string {
  return new URL(href, 'http://clippings.invalid').pathname.split('/').map(decodeURIComponent).join('/');
}
