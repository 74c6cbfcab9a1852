import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleRecord } from '../lib/archive/article-record.ts';
import { SEARCH_TEXT_VERSION, tokenizeSearchText } from '../lib/search/tokenize-search-text.ts';

/**
 * What processing an article produced, outside Astro's data store: its sanitized body, one file per content digest
 * (keeping bodies out of the store and the article index keeps them small at 100,000 articles, see
 * ArticleRecordSchema; naming them by digest makes writes idempotent), and the records of articles the dev server
 * synced one by one, one file per file and content (a whole sync writes every record into the article index, see
 * article-index.ts, read faster all at once). The index and these records let a sync whose store is empty (the dev
 * server's first start after a build, a changed Astro config) take each unchanged article as it was instead of
 * processing it again.
 */
export interface ArticleCache {
  has(key: string): boolean;
  /**
   * Answer `has` from one listing of the folder until {@link ArticleCache.forgetListing}: a whole sync asks for
   * every article, and one listing costs less than 100,000 `stat` calls. Returns how many files the folder holds.
   */
  list(): number;
  forgetListing(): void;
  write(key: string, html: string): void;
  /** Keep a body's plain text (what search indexes, see ProcessedArticle) beside its HTML. */
  writeText(key: string, text: string): void;
  read(key: string): string;
  readRecord(key: string): ArticleRecord | undefined;
  writeRecord(key: string, record: ArticleRecord): void;
  /**
   * Delete every cached body, text, record and index words whose key is not in `keep`, and index words cut by another
   * version of the tokenizer; returns how many files were removed.
   */
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
      return listing.size;
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
        const match = CACHED_FILE.exec(name);
        if (!match) continue;
        const [, key, tokensVersion] = match;
        if (keep.has(key!) && (tokensVersion === undefined || tokensVersion === SEARCH_TEXT_VERSION)) continue;
        rmSync(path.join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}

/** A file of the article cache: its key, and the tokenizer's version for index words (`<key>.tokens-<version>`). */
const CACHED_FILE = /^([^.]+)\.(?:html|json|txt|tokens-(.+))$/;

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

/**
 * Read one article body's index words (see tokenize-search-text.ts), cut from its cached text the first time and kept
 * beside it: a rebuild that indexes a shard again for one edited article cuts that article's text, not the shard's
 * 2,500. Written under a temporary name and renamed, so that a build killed while writing leaves no half list.
 */
export function readArticleTokens(dir: string, key: string): string[] {
  const file = path.join(dir, `${key}.tokens-${SEARCH_TEXT_VERSION}`);
  let joined: string;
  // Asked first rather than caught: a failed read's error costs more than the check, and a clean build misses every time.
  if (existsSync(file)) {
    joined = readFileSync(file, 'utf8');
  } else {
    joined = tokenizeSearchText(readArticleText(dir, key)).join(' ');
    // The temporary name is a tokens file of another "version", so that a leftover is pruned like an outdated one.
    const temporary = path.join(dir, `${key}.tokens-writing-${process.pid}-${threadId}`);
    writeFileSync(temporary, joined);
    renameSync(temporary, file);
  }
  return joined === '' ? [] : joined.split(' ');
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
