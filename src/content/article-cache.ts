import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord } from '../lib/archive/article-record.ts';

/**
 * What processing an article produced, outside Astro's data store: its sanitized body, one file per content digest
 * (keeping bodies out of the store and the article index keeps them small at 100,000 articles, see
 * ArticleRecordSchema; naming them by digest makes writes idempotent), and its record, one file per file and content
 * (also in the article index, see article-index.ts, read faster all at once). The records let a sync whose store
 * is empty (the dev server's first start after a build, a changed Astro config, a switch to a subset and back)
 * take each unchanged article as it was instead of processing it again.
 */
export interface ArticleCache {
  has(key: string): boolean;
  /**
   * Answer `has` from one listing of the folder until {@link ArticleCache.forgetListing}: a whole sync asks for
   * every article, and one listing costs less than 100,000 `stat` calls.
   */
  list(): void;
  forgetListing(): void;
  write(key: string, html: string): void;
  /** Keep a body's plain text (what search indexes, see ProcessedArticle) beside its HTML. */
  writeText(key: string, text: string): void;
  read(key: string): string;
  readRecord(key: string): ArticleRecord | undefined;
  writeRecord(key: string, record: ArticleRecord): void;
  /** Delete every cached body and record whose key is not in `keep`; returns how many files were removed. */
  prune(keep: Set<string>): number;
}

/** Open (and create) the article cache in `dir`. */
export function openArticleCache(dir: string): ArticleCache {
  mkdirSync(dir, { recursive: true });
  const fileOf = (key: string) => path.join(dir, `${key}.html`);
  const recordFileOf = (key: string) => path.join(dir, `${key}.json`);
  const textFileOf = (key: string) => path.join(dir, `${key}.txt`);
  let listing: Set<string> | undefined;
  return {
    has: (key) => (listing ? listing.has(`${key}.html`) : existsSync(fileOf(key))),
    list() {
      listing = new Set(readdirSync(dir));
    },
    forgetListing() {
      listing = undefined;
    },
    write(key, html) {
      writeFileSync(fileOf(key), html);
      listing?.add(`${key}.html`);
    },
    writeText: (key, text) => writeFileSync(textFileOf(key), text),
    read: (key) => readFileSync(fileOf(key), 'utf8'),
    readRecord(key) {
      let text: string;
      try {
        text = readFileSync(recordFileOf(key), 'utf8');
      } catch {
        return undefined;
      }
      return reviveArticleRecord(JSON.parse(text) as ArticleRecord);
    },
    writeRecord: (key, record) => writeFileSync(recordFileOf(key), JSON.stringify(record)),
    prune(keep) {
      let removed = 0;
      for (const name of listing ?? readdirSync(dir)) {
        const key = name.replace(/\.(html|json|txt)$/, '');
        if (key === name || keep.has(key)) continue;
        rmSync(path.join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}

/** A record read back from JSON, which has no dates: the two date fields come back as ISO strings. */
export function reviveArticleRecord(record: ArticleRecord): ArticleRecord {
  record.date = new Date(record.date);
  if (record.updated !== undefined) record.updated = new Date(record.updated);
  return record;
}

/** Read one article's sanitized body HTML; throws with a rebuild hint if the cache lost it. */
export function readArticleHtml(dir: string, key: string): string {
  return readCached(dir, `${key}.html`);
}

/** Read one article body's plain text (see ArticleCache.writeText); throws with a rebuild hint if it is lost. */
export function readArticleText(dir: string, key: string): string {
  return readCached(dir, `${key}.txt`);
}

function readCached(dir: string, name: string): string {
  try {
    return readFileSync(path.join(dir, name), 'utf8');
  } catch (error) {
    throw new Error(`The cached file ${name} is missing from ${dir}. Run \`astro build --force\` to rebuild the content cache.`, {
      cause: error,
    });
  }
}
