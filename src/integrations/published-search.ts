import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * What the output folder's `pagefind/` holds, remembered in the cache folder between builds: which engine, which
 * shard (by fingerprint) under each shard folder, which router. A rebuild then replaces only what changed instead of
 * deleting and linking again every file of the index (hundreds of thousands at 100,000 articles) and rewriting the
 * router; the output stays what a clean build makes (tests/build/incremental.test.ts).
 */
interface PublishedState {
  outputRoot: string;
  engine: string;
  shards: Record<string, string>;
  router?: string;
}

/** The record of what was published, and the means to bring `outputRoot` to a new plan. */
export function openPublishedSearch(stateFile: string, outputRoot: string, engine: string) {
  const previous = readState(stateFile);
  // Another output folder, another engine, or a folder changed behind our back: start from an empty folder.
  const trusted = previous?.outputRoot === outputRoot && previous.engine === engine && existsSync(path.join(outputRoot, 'shards.json'));
  if (!trusted) rmSync(outputRoot, { recursive: true, force: true });
  const next: PublishedState = { outputRoot, engine, shards: {} };
  /** Remove the state until the folder is consistent again: a build killed half-way must not be trusted. */
  rmSync(stateFile, { force: true });
  return {
    /** Whether the folder has held the engine since an earlier build (else link it). */
    hasEngine: trusted,
    /**
     * Start removing what shards about to be re-indexed will replace: their folders and, when there are any, the
     * router, which is named by every shard's fingerprint. At 100,000 articles that is ~65,000 router files and
     * thousands of a shard's, seconds of unlinking that run while Pagefind indexes (the main thread only waits
     * then). Await it before publishing.
     */
    retire(ids: readonly string[]): Promise<void> {
      const folders = ids.map((id) => path.join(outputRoot, id));
      if (ids.length > 0 && trusted && previous!.router) folders.push(path.join(outputRoot, previous!.router));
      return Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))).then(() => undefined);
    },
    /** Whether `pagefind/<id>/` holds the shard of this fingerprint; if not, it is emptied for a new one. */
    holdsShard(id: string, fingerprint: string): boolean {
      next.shards[id] = fingerprint;
      if (trusted && previous!.shards[id] === fingerprint && existsSync(path.join(outputRoot, id))) return true;
      rmSync(path.join(outputRoot, id), { recursive: true, force: true });
      return false;
    },
    /** Whether the router of this folder name is already published whole. */
    holdsRouter(folder: string): boolean {
      next.router = folder;
      return trusted && previous!.router === folder && existsSync(path.join(outputRoot, folder));
    },
    /** Remove every entry of the folder that is not in `keep` (names), then remember what it holds now. */
    finish(keep: ReadonlySet<string>): void {
      for (const name of readdirSync(outputRoot)) if (!keep.has(name)) rmSync(path.join(outputRoot, name), { recursive: true, force: true });
      writeFileSync(stateFile, JSON.stringify(next));
    },
  };
}

function readState(file: string): PublishedState | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PublishedState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return undefined;
    throw error;
  }
}
