import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleHtml } from '../content/article-cache.ts';
import { buildSearchDocument } from '../lib/search/build-search-document.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import type { ShardFigures } from './shard-cache.ts';

/** What indexing one shard needs besides its articles. */
export interface IndexShardOptions {
  lang: string;
  timeZone: string;
  htmlCacheDir: string;
}

/**
 * Pagefind's prebuilt interfaces, written into every bundle. The search page uses Pagefind's JS API with its own
 * small component, so these would only be dead weight repeated once per shard.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
];

/** Pagefind's command-line runner, shipped in the npm package beside its Node API. */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * Index one shard into its own Pagefind bundle at `outputPath`. Each article's search document is written to a
 * folder at the article's own path, and Pagefind's command-line indexer, a process of its own, indexes that folder:
 * measured on 1,000 benchmark articles, it took 23 s where the Node API's service took 30 s for the same documents
 * and the same bundle (README, "Performance"). The documents are deleted afterwards.
 */
export async function indexShard(records: SearchRecord[], outputPath: string, options: IndexShardOptions): Promise<ShardFigures> {
  const documents = `${outputPath}.documents`;
  rmSync(outputPath, { recursive: true, force: true });
  rmSync(documents, { recursive: true, force: true });
  try {
    for (const record of records) {
      const file = path.join(documents, ...pathSegmentsOf(record.href), 'index.html');
      mkdirSync(path.dirname(file), { recursive: true });
      const html = readArticleHtml(options.htmlCacheDir, record.htmlKey);
      writeFileSync(file, buildSearchDocument(record, html, { lang: options.lang, timeZone: options.timeZone }));
    }
    const log = await runPagefind(['--site', documents, '--output-path', outputPath]);
    const pages = Number(/Indexed (\d+) pages?/.exec(log)?.[1] ?? 0);
    if (pages !== records.length) {
      throw new Error(`Pagefind indexed ${pages} of the shard's ${records.length} articles into ${outputPath}. Its log:\n${log}`);
    }
    for (const name of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, name), { force: true });
    return { pages, words: Number(/Indexed (\d+) words?/.exec(log)?.[1] ?? 0), languages: listLanguages(outputPath) };
  } finally {
    rmSync(documents, { recursive: true, force: true });
  }
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
function runPagefind(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`Pagefind exited with status ${code}:\n${log.slice(-4000)}`))));
  });
}

/** Languages Pagefind detected, read from the bundle's entry file (`zh-cn` proves Chinese segmentation). */
function listLanguages(bundle: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return Object.keys(entry.languages);
}
