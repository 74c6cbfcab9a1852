import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { ArticleRecord } from '../lib/archive/article-record.ts';
import { reviveArticleRecord } from './article-cache.ts';

/**
 * Every article's record in one file of the cache, by record key: what the site model reads, once per build.
 *
 * Astro's content store keeps only each article's record key (see loader.ts): Astro serializes its whole store on
 * every sync, bundles it into the build as one module and compiles that module before the first page; at 100,000
 * articles, with the records in it (175 MB), that was 2½ minutes of every build, rebuilds with nothing changed
 * included. One JSON line per record here costs a second to read and is rewritten only when a record changed.
 * The file only speeds things up: a record it lacks (the dev server changed one file) is read from the record's own
 * file in the article cache.
 */
export interface ArticleIndex {
  /** Fingerprint of the keys the file holds, to skip rewriting a file that is already right. */
  keys: string;
  records: Map<string, ArticleRecord>;
}

/** Read the index written by {@link writeArticleIndex}; an empty one when there is none or it cannot be read. */
export function readArticleIndex(file: string): ArticleIndex {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { keys: '', records: new Map() };
  }
  // Line by line from the bytes: the file of a big archive can be longer than V8's longest string.
  const records = new Map<string, ArticleRecord>();
  let keys = '';
  try {
    for (let start = 0, end = 0; start < bytes.length; start = end + 1) {
      end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      if (end === start) continue;
      const line = JSON.parse(bytes.toString('utf8', start, end)) as [string, ArticleRecord] | { keys: string };
      if (Array.isArray(line)) records.set(line[0], reviveArticleRecord(line[1]));
      else keys = line.keys;
    }
  } catch {
    // A damaged file (a full disk, an edit by hand): the records are read from their own files instead.
    return { keys: '', records: new Map() };
  }
  return { keys, records };
}

/**
 * Write the records by key (with `keys`, their fingerprint, first), through a temporary file so that a build
 * killed while writing leaves the previous file whole.
 */
export function writeArticleIndex(file: string, keys: string, records: Iterable<[string, ArticleRecord]>): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    // Written a few megabytes at a time: the whole file as one string could pass V8's longest string.
    let chunk = `${JSON.stringify({ keys })}\n`;
    for (const entry of records) {
      chunk += `${JSON.stringify(entry)}\n`;
      if (chunk.length > CHUNK_LENGTH) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Characters written at once by {@link writeArticleIndex}. */
const CHUNK_LENGTH = 4 * 1024 * 1024;
