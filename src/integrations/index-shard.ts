import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleTokens } from '../content/article-cache.ts';
import { buildSearchDocument } from '../lib/search/build-search-document.ts';
import { addRouterKeys, createRouterKeySet, forEachRouterKey } from '../lib/search/router-keys.ts';
import { addKey, addKeyOfCodes, createShardFilter, hashKey, type ShardFilter } from '../lib/search/search-router.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { tokenizeSearchText } from '../lib/search/tokenize-search-text.ts';
import type { ShardFigures } from './shard-cache.ts';

/** What indexing one shard needs besides its articles. */
export interface IndexShardOptions {
  timeZone: string;
  htmlCacheDir: string;
  /**
   * Postings per Pagefind index chunk (its `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, default 20,000): a query downloads
   * one chunk per word per shard, so smaller chunks make each query lighter and the chunk list in the shard's
   * metadata longer.
   */
  chunkSize: number;
}

/**
 * Files Pagefind writes into every bundle that the shards do not need: the search page loads Pagefind's engine
 * (JavaScript, worker, WebAssembly, highlighter) once, from the engine bundle (see engine-bundle.ts), and uses
 * none of Pagefind's prebuilt interfaces.
 */
export const ENGINE_FILES = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind-highlight.js'];
const UNUSED_BUNDLE_FILES = [
  ...ENGINE_FILES,
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
];

/** The shard's filter of router keys (see search-router.ts), kept beside its bundle in the cache. */
export const ROUTER_FILTER_FILE = 'clippings-router-filter.bin';

/** Pagefind's command-line runner, shipped in the npm package beside its Node API. */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** A shard's documents, written for Pagefind, and its router keys. */
export interface PreparedShard {
  outputPath: string;
  documents: string;
  records: number;
  /** The shard's filter of router keys (see {@link ROUTER_FILTER_FILE}). */
  routerFilter: ShardFilter;
  /** How many distinct router keys the shard has. */
  keys: number;
  chunkSize: number;
}

/**
 * Write one shard's search documents (see build-search-document.ts; each article's body as index words, by default
 * from the article cache, `readTokens` where the text comes from elsewhere) to a folder, each at the article's own
 * path (Pagefind derives each result's URL from it), and gather the shard's router keys.
 */
export function prepareShard(
  records: SearchRecord[],
  outputPath: string,
  options: IndexShardOptions,
  readTokens: (record: SearchRecord) => string[] = (record) => readArticleTokens(options.htmlCacheDir, record.htmlKey),
): PreparedShard {
  const documents = documentsFolderFor(outputPath);
  rmSync(outputPath, { recursive: true, force: true });
  rmSync(documents, { recursive: true, force: true });
  const keys = createRouterKeySet({ dense: true, texts: records.length });
  const folders = new Set<string>();
  for (const record of records) {
    const folder = path.join(documents, ...pathSegmentsOf(record.href));
    makeFolder(folder, folders);
    const file = path.join(folder, 'index.html');
    // Cut here (or read as cut before) rather than in the content sync: while Pagefind indexes the shard before.
    const tokens = readTokens(record);
    writeFileSync(file, buildSearchDocument(record, tokens.join(' '), { timeZone: options.timeZone }));
    addRouterKeys(tokenizeSearchText(record.title), keys);
    addRouterKeys(tokens, keys);
  }
  // Filtered here, while the previous shard's indexer runs, rather than after this shard's.
  const keyCount = keys.pairs.size + keys.triples.size + keys.others.size;
  const routerFilter = createShardFilter(keyCount);
  forEachRouterKey(keys, {
    codes: (first, second, third) => addKeyOfCodes(routerFilter, first, second, third),
    string: (key) => addKey(routerFilter, hashKey(key)),
  });
  return { outputPath, documents, records: records.length, routerFilter, keys: keyCount, chunkSize: options.chunkSize };
}

/**
 * Where a shard's documents go: in memory (`/dev/shm`) where the system has it, beside the bundle otherwise. They
 * are read once by Pagefind and deleted (about 100 MB for 5,000 articles); on disk, creating and deleting their
 * 10,000 files and folders a shard kept the disk busy beside Pagefind, more so after a build has just written its
 * pages.
 */
function documentsFolderFor(outputPath: string): string {
  const name = `clippings-search-documents-${process.pid}-${createHash('sha256').update(outputPath).digest('hex').slice(0, 12)}`;
  return MEMORY_FOLDER ? path.join(MEMORY_FOLDER, name) : `${outputPath}.documents`;
}

/** `/dev/shm` when it is writable with room to spare (a container's is often 64 MB), else none. */
const MEMORY_FOLDER = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize >= 2 * 1024 ** 3 ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
})();

/** `mkdir -p`, remembering what exists: thousands of articles share each month's folder. */
function makeFolder(folder: string, made: Set<string>): void {
  if (made.has(folder)) return;
  const parent = path.dirname(folder);
  if (parent !== folder) makeFolder(parent, made);
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  made.add(folder);
}

/**
 * Index prepared documents into a Pagefind bundle at the shard's `outputPath` with Pagefind's command-line indexer, a
 * process of its own (measured faster than the Node API's service for the same documents, README "Performance"),
 * and write the shard's router filter to {@link ROUTER_FILTER_FILE} beside the bundle. The documents are deleted
 * afterwards (`cleanup`), in the background.
 */
export async function runShard(prepared: PreparedShard): Promise<{ figures: ShardFigures; cleanup: Promise<void> }> {
  const { outputPath, documents } = prepared;
  try {
    const log = await runPagefind(['--site', documents, '--output-path', outputPath], { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(prepared.chunkSize) });
    const pages = Number(/Indexed (\d+) pages?/.exec(log)?.[1] ?? 0);
    if (pages !== prepared.records) {
      throw new Error(`Pagefind indexed ${pages} of the shard's ${prepared.records} articles into ${outputPath}. Its log:\n${log}`);
    }
    for (const name of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, name), { force: true });
    writeFileSync(path.join(outputPath, ROUTER_FILTER_FILE), prepared.routerFilter.bits);
    const figures = { pages, words: Number(/Indexed (\d+) words?/.exec(log)?.[1] ?? 0), languages: listLanguages(outputPath), keys: prepared.keys };
    return { figures, cleanup: rm(documents, { recursive: true, force: true }) };
  } catch (error) {
    await rm(documents, { recursive: true, force: true });
    throw error;
  }
}

/** The file of a shard's router filter written by {@link runShard}. */
export function routerFilterFile(bundle: string): string {
  return path.join(bundle, ROUTER_FILTER_FILE);
}

/**
 * The decoded path segments of an article's `href`, where its search document is written: Pagefind derives each
 * result's URL from the document's path. Permalinks are sanitized segments (never `.`, `..` or a separator), and
 * this refuses anything else rather than write outside the documents folder.
 */
export function pathSegmentsOf(href: string): string[] {
  const segments = new URL(href, 'http://clippings.invalid').pathname.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) throw new Error(`The article address ${href} has an unsafe path segment "${segment}".`);
  }
  return segments;
}

/** Run Pagefind's CLI; resolves with its output, rejects with it when Pagefind fails. */
export function runPagefind(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`Pagefind exited with status ${code}:\n${log.slice(-4000)}`))));
  });
}

/** Languages Pagefind indexed, read from the bundle's entry file. */
export function listLanguages(bundle: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return Object.keys(entry.languages);
}
