import { existsSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { isPublished } from '../lib/article/is-published.ts';
import { DEFAULT_INCLUDE } from '../lib/config/config-schema.ts';
import type { ArticleRecord } from '../lib/archive/article-record.ts';
import { describeCollisions } from '../lib/archive/describe-collisions.ts';
import { createProgress, isInteractive } from '../lib/report/create-progress.ts';
import { formatProblem } from '../lib/report/problem.ts';
import {
  createLoadReport,
  FAILURE_HINT,
  formatFailure,
  formatLoadSummary,
  listErrors,
  type LoadReport,
} from '../lib/report/load-report.ts';
import { decodeArticleFile } from '../lib/article/decode-article-file.ts';
import { listArticleFiles, matchesInclude, toDisplayPath } from './article-files.ts';
import { createArticleProcessor, type ArticleProcessor } from './article-workers.ts';
import { openArticleCache, type ArticleCache } from './article-cache.ts';
import { readArticleIndex, writeArticleIndex } from './article-index.ts';

/**
 * Bump when the output of the article pipeline changes, so that every cached article is processed again.
 * (Astro already clears the store when content.config.ts or the Astro config changes.)
 */
const PIPELINE_VERSION = '10';

/** Files read at once. Reading is I/O-bound; processing is synchronous, so more would only hold more text in memory. */
const READ_CONCURRENCY = 16;

/** Options for {@link articlesLoader}. */
export interface ArticlesLoaderOptions {
  /** Absolute path of the content folder. */
  contentRoot: string;
  /** Absolute path of the folder holding each article's sanitized HTML. */
  htmlCacheDir: string;
  /** Absolute path of the file holding every article's record (see article-index.ts). */
  indexFile: string;
  /** Site time zone for dates written without one. */
  timeZone: string;
  /** Permalink pattern with Hexo tokens. */
  permalinkPattern: string;
  /** Skip invalid articles with warnings instead of failing the build. */
  lenient: boolean;
  /** Glob of the article files to read below the content folder (config `include`). */
  include: string;
}

/**
 * What the content store keeps for one article: the key of its record, nothing else. Astro serializes, bundles and
 * compiles the whole store in every build; the records (title, dates, taxonomy, excerpt, headings…) are read from
 * the article index instead (see article-index.ts).
 */
export const ArticleEntrySchema = z.object({
  /** Key of the article's record in the article index and the article cache. */
  recordKey: z.string(),
});
export type ArticleEntry = z.infer<typeof ArticleEntrySchema>;

/**
 * Content Layer loader for a Hexo-style archive: record keys in the store, records in the article index, bodies
 * (and records again, one file each) in the article cache.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'clippings-articles',
    schema: ArticleEntrySchema,
    load: async (context) => {
      const sync = createSync(context, options);
      await sync.all();
      const included = matchesInclude(options.include);
      const queue = createFileQueue(context.logger);
      context.watcher?.add(options.contentRoot);
      context.watcher?.on('all', (event, file) => {
        if (!file.startsWith(options.contentRoot + path.sep)) return;
        const sourcePath = path.relative(options.contentRoot, file).split(path.sep).join('/');
        if (!included(sourcePath)) return;
        // sync.one reads the file, or drops the article when the file is gone.
        if (event === 'add' || event === 'change' || event === 'unlink') queue.add(sourcePath, () => sync.one(sourcePath));
      });
    },
  };
}

/**
 * Each file's size and modification time when it was last synced, with the pipeline's fingerprint, kept in the
 * loader's meta store (saved with the content store). A file whose stamp has not changed is not read again: at
 * 100,000 articles, reading and digesting every file was most of a no-change sync. A change that keeps both the size
 * and the modification time to the millisecond goes unseen (as with make); delete the cache folder to force a full
 * sync.
 */
function createStamps(meta: LoaderContext['meta'], fingerprint: string) {
  const key = (sourcePath: string) => `stamp:${sourcePath}`;
  return {
    of: (stats: Stats) => `${fingerprint}:${stats.size}:${stats.mtimeMs}`,
    get: (sourcePath: string) => meta.get(key(sourcePath)),
    set: (sourcePath: string, stamp: string) => meta.set(key(sourcePath), stamp),
    delete: (sourcePath: string) => meta.delete(key(sourcePath)),
  };
}

/**
 * Runs the watcher's work one file at a time, in the order of its events. Saving a file sends "add" then "change";
 * processing takes a while, and a deletion handled while a sync of the same file was still running came before
 * the sync stored the article again: the deleted article stayed on the site until a restart (seen in the dev
 * benchmark).
 */
function createFileQueue(logger: LoaderContext['logger']) {
  const pending = new Map<string, Promise<void>>();
  return {
    add(sourcePath: string, task: () => Promise<void>): void {
      const next = (pending.get(sourcePath) ?? Promise.resolve())
        .then(task)
        .catch((error: unknown) => logger.error(`${sourcePath}: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          if (pending.get(sourcePath) === next) pending.delete(sourcePath);
        });
      pending.set(sourcePath, next);
    },
  };
}

function createSync(context: LoaderContext, options: ArticlesLoaderOptions) {
  const { store, logger, generateDigest } = context;
  const cache = openArticleCache(options.htmlCacheDir);
  const fingerprint = `${PIPELINE_VERSION}\0${options.timeZone}\0${options.permalinkPattern}\0`;
  const stamps = createStamps(context.meta, generateDigest(fingerprint));
  /** During a whole sync, the records of the last one (the article index): most of them still right. */
  let indexed = new Map<string, ArticleRecord>();
  const recordOf = (key: string) => indexed.get(key) ?? cache.readRecord(key);

  /** Point the store at a record (when it does not already). */
  function keep(sourcePath: string, digest: string, recordKey: string): void {
    const existing = store.get<ArticleEntry>(sourcePath);
    if (existing?.data.recordKey === recordKey) return;
    // Astro keeps an entry whose digest is unchanged: an entry of an older store (the whole record, no key) goes first.
    if (existing?.digest === digest) store.delete(sourcePath);
    store.set({ id: sourcePath, data: { recordKey }, digest });
  }

  /**
   * Read one file and bring its store entry up to date, counting it as processed or unchanged in `report`: its
   * record key and record, or nothing when it cannot be published. `writeRecordFile`: keep the record in a file of its
   * own as well, for a sync of one file (the dev server's), which leaves the article index as it was; a whole sync
   * writes every record into the index (at 100,000 articles, 100,000 files fewer to create).
   */
  async function syncFile(
    sourcePath: string,
    report: LoadReport,
    processor: ArticleProcessor,
    writeRecordFile: boolean,
  ): Promise<[string, ArticleRecord] | undefined> {
    const displayPath = toDisplayPath(options.contentRoot, sourcePath);
    const file = path.join(options.contentRoot, sourcePath);
    // Stat before reading: a file changed in between gets the older stamp, and is read again next time.
    const stamp = stamps.of(await stat(file));
    const existing = store.get<ArticleEntry>(sourcePath);
    if (typeof existing?.digest === 'string' && stamps.get(sourcePath) === stamp && cache.has(existing.digest)) {
      const recordKey = recordKeyOf(sourcePath, existing.digest);
      const record = recordOf(recordKey);
      if (record) {
        keep(sourcePath, existing.digest, recordKey);
        report.unchanged++;
        return [recordKey, record];
      }
    }
    const decoded = decodeArticleFile(await readFile(file), displayPath);
    if (!decoded.ok) {
      report.processed++;
      report.problems.push(decoded.problem);
      forget(sourcePath);
      return undefined;
    }
    const raw = decoded.text;
    const digest = generateDigest(fingerprint + raw);
    // Processed before (unchanged since the last sync, the store was emptied, or this text was there earlier).
    const recordKey = recordKeyOf(sourcePath, digest);
    const cached = cache.has(digest) ? recordOf(recordKey) : undefined;
    if (cached) {
      keep(sourcePath, digest, recordKey);
      stamps.set(sourcePath, stamp);
      report.unchanged++;
      return [recordKey, cached];
    }
    report.processed++;
    const result = await processor.process(raw, {
      sourcePath,
      displayPath,
      timeZone: options.timeZone,
      permalinkPattern: options.permalinkPattern,
      htmlKey: digest,
    });
    report.problems.push(...result.problems);
    if (!result.ok) {
      forget(sourcePath);
      return undefined;
    }
    cache.write(digest, result.html);
    cache.writeText(digest, result.text);
    // The record's own file is written before the store points at it: the dev server reads it from there.
    if (writeRecordFile) cache.writeRecord(recordKey, result.record);
    keep(sourcePath, digest, recordKey);
    stamps.set(sourcePath, stamp);
    return [recordKey, result.record];
  }

  /**
   * A record depends on the file's text and on where the file is (`:title` permalinks, and the path in its
   * warnings), so two files with one text share a body but not a record.
   */
  function recordKeyOf(sourcePath: string, digest: string): string {
    return generateDigest(`${toDisplayPath(options.contentRoot, sourcePath)}\0${sourcePath}\0${digest}`);
  }

  /** Drop an article that is gone or can no longer be published. */
  function forget(sourcePath: string): void {
    store.delete(sourcePath);
    stamps.delete(sourcePath);
  }

  return {
    /** Sync the whole content folder: process new and changed files, drop vanished ones, report, prune the cache. */
    async all(): Promise<void> {
      const report = createLoadReport();
      const files = await listArticleFiles(options.contentRoot, options.include);
      report.read = files.length;
      const index = readArticleIndex(options.indexFile);
      // The last sync's records and one listing of the article cache answer for every file of this one; neither is
      // kept after it (a build goes on to generate pages with the site model's own copy of the records).
      indexed = index.records;
      // An empty article cache (a first build, a CI job without its cache): every article will be processed.
      const cold = cache.list() === 0;
      try {
        /** Each published file's record key and record. */
        const synced = new Map<string, [string, ArticleRecord]>();
        const untouched = new Set(store.keys());
        const processor = createArticleProcessor({ expectedJobs: cold ? files.length : undefined });
        const progress = createProgress(files.length, (done, total) => `Read ${done} of ${total} articles…`, logger, {
          interactive: isInteractive(),
        });
        let next = 0;
        const worker = async () => {
          while (next < files.length) {
            const sourcePath = files[next++]!;
            untouched.delete(sourcePath);
            const entry = await syncFile(sourcePath, report, processor, false);
            if (entry) synced.set(sourcePath, entry);
            progress.tick();
          }
        };
        try {
          await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
        } finally {
          await processor.close();
        }
        for (const id of untouched) forget(id);
        // Sorted, so that the same archive gives the same index and list of problems whatever order files were read in.
        const entries = [...synced].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
        const keys = generateDigest(entries.map(([key]) => key).join('\n'));
        if (keys !== index.keys) writeArticleIndex(options.indexFile, keys, entries);
        finish(report, cache, entries.map(([, record]) => record));
      } finally {
        indexed = new Map();
        cache.forgetListing();
      }
    },
    /** Sync one file after the dev server saw it change; a file gone by then leaves the site. */
    async one(sourcePath: string): Promise<void> {
      const report = createLoadReport();
      report.read = 1;
      if (!existsSync(path.join(options.contentRoot, sourcePath))) {
        forget(sourcePath);
        return;
      }
      await syncFile(sourcePath, report, createArticleProcessor({ workers: 0 }), true);
      for (const problem of report.problems) logger.warn(formatProblem(problem));
    },
  };

  function finish(report: LoadReport, articleCache: ArticleCache, records: ArticleRecord[]): void {
    const now = new Date();
    countPublication(report, records, now);
    // Files are read concurrently; sort so that every build lists problems in the same order.
    report.problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const problem of report.problems) {
      if (problem.severity === 'warning') logger.warn(formatProblem(problem));
    }
    for (const problem of describeCollisions(records, (id) => toDisplayPath(options.contentRoot, id))) {
      logger.warn(formatProblem(problem));
    }
    const keep = new Set(records.flatMap((record) => [record.htmlKey, recordKeyOf(record.sourcePath, record.htmlKey)]));
    const removed = articleCache.prune(keep);
    if (removed > 0) logger.info(`Removed ${removed} cached article bodies and records that no article uses any more.`);
    const errors = listErrors(report);
    const folder = path.relative(process.cwd(), options.contentRoot) || '.';
    const contentDir = options.include === DEFAULT_INCLUDE ? folder : `${folder} (only ${options.include})`;
    if (errors.length > 0 && !options.lenient) {
      for (const error of errors) logger.error(formatProblem(error));
      logger.info(formatLoadSummary(report, contentDir));
      throw new AstroError(formatFailure(errors, report.read), FAILURE_HINT);
    }
    for (const error of errors) logger.warn(`skipped: ${formatProblem(error)}`);
    logger.info(formatLoadSummary(report, contentDir));
  }
}

function countPublication(report: LoadReport, records: ArticleRecord[], now: Date): void {
  for (const record of records) {
    if (isPublished(record, { includeDrafts: false, now })) report.published++;
    else if (record.draft) report.drafts++;
    else report.future++;
  }
  report.skipped = new Set(listErrors(report).map((problem) => problem.file)).size;
}
