import path from 'node:path';

/** What {@link createWatchIgnore} needs: absolute paths. */
export interface WatchIgnoreOptions {
  /** The content folder: always watched, even inside a skipped folder (a benchmark corpus under `bench-out/`). */
  contentRoot: string;
  /** Folders the dev server never needs to watch: build output, caches, benchmark data. */
  skippedDirs: readonly string[];
}

/**
 * The dev server's file watcher starts one watch per file below the project root. Build output, caches and
 * benchmark corpora hold hundreds of thousands of files: watching them exhausted the system's inotify watches
 * (ENOSPC) and slowed `npm run dev` on a 10,000-article archive to minutes. This returns the `ignored` test for
 * Vite's `server.watch`: true for a path inside a skipped folder, unless it is inside the content folder.
 */
export function createWatchIgnore({ contentRoot, skippedDirs }: WatchIgnoreOptions): (file: string) => boolean {
  const content = path.resolve(contentRoot);
  const skipped = skippedDirs.map((dir) => path.resolve(dir));
  return (file) => {
    const absolute = path.resolve(file);
    if (isInside(absolute, content)) return false;
    // An ancestor of the content folder must stay watched, or the watcher never descends into the content.
    if (isInside(content, absolute)) return false;
    return skipped.some((dir) => isInside(absolute, dir));
  };
}

/** Whether `file` is `dir` or below it. */
function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
