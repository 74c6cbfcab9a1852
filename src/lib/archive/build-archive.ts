import { isPublished } from '../article/is-published.ts';
import { toHref } from '../article/permalink.ts';
import type { ArticleRecord } from './article-record.ts';
import { claimPermalinks } from './describe-collisions.ts';

/** An article ready for rendering: its record, its final permalink and the link to it. */
export interface Article extends ArticleRecord {
  /** Final permalink after collisions are resolved: POSIX path, no leading slash, trailing slash. */
  permalink: string;
  /** Percent-encoded link to the article, base path included. */
  href: string;
}

/** Options for {@link buildArchive}. */
export interface BuildArchiveOptions {
  /** Include drafts and future-dated articles (the dev server does). */
  includeDrafts: boolean;
  /** The build's notion of "now", for future-dated articles. */
  now: Date;
  /** Base path of the site, e.g. `/` or `/archive/`. */
  base: string;
}

/**
 * Every publishable article, newest first (ties broken by source path so the order never depends on the file
 * system). Permalink clashes are resolved over all records, drafts included, so that publishing a draft never
 * moves another article's URL.
 */
export function buildArchive(records: ArticleRecord[], options: BuildArchiveOptions): Article[] {
  const { permalinks } = claimPermalinks(records);
  return records
    .filter((record) => isPublished(record, options))
    .map((record) => {
      const permalink = permalinks.get(record.sourcePath) ?? record.wantedPermalink;
      return { ...record, permalink, href: toHref(permalink, options.base) };
    })
    .sort(compareNewestFirst);
}

/** The archive's one sort order: newest first, then by source path. */
export function compareNewestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return b.date.getTime() - a.date.getTime() || (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0);
}
