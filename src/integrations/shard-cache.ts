import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the integration remembers about a built shard, to report it again when the shard is reused. */
export interface ShardFigures {
  pages: number;
  words: number;
  languages: string[];
  /** Distinct router keys (see router-keys.ts). */
  keys: number;
}

/** File written last into a cached shard, so that a build killed while indexing never leaves a half shard. */
const COMPLETE = 'clippings-shard.json';

/**
 * Built Pagefind bundles kept between builds, one folder per shard and fingerprint. Astro empties the output
 * folder on every build, so bundles live here and are hard-linked into it (copied where links are impossible).
 */
export function openShardCache(dir: string) {
  mkdirSync(dir, { recursive: true });
  const folderOf = (id: string, fingerprint: string) => path.join(dir, `${id}-${fingerprint}`);
  return {
    folderOf,
    /** The figures of a complete cached shard, or undefined. */
    read(id: string, fingerprint: string): ShardFigures | undefined {
      const marker = path.join(folderOf(id, fingerprint), COMPLETE);
      return existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as ShardFigures) : undefined;
    },
    complete(id: string, fingerprint: string, figures: ShardFigures): void {
      writeFileSync(path.join(folderOf(id, fingerprint), COMPLETE), JSON.stringify(figures));
    },
    /** Put a cached shard's files at `target`. */
    publish(id: string, fingerprint: string, target: string): void {
      linkTree(folderOf(id, fingerprint), target);
    },
    /** Remove cached shards not in `keep` (folder names `<id>-<fingerprint>`). */
    prune(keep: Set<string>): void {
      for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
    },
  };
}

/** Move a bundle folder to `to`, replacing what is there: a rename, or a copy where `to` is on another file system. */
export function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}

/** Hard-link (or copy) the files of a folder below another, leaving out the cache's own `clippings-*` files. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    // The marker and the router keys stay in the cache: only the bundle is published.
    if (name.startsWith('clippings-')) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    if (statSync(source).isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
