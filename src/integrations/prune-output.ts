import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Options for {@link clippingsPruneOutput}. */
export interface PruneOutputOptions {
  /** Entries of the output folder (names) that another integration keeps up to date itself, left alone here. */
  leave?: readonly string[];
}

/**
 * Keep the output folder between builds, and remove from it what the build no longer makes.
 *
 * Astro empties the output folder before every build; with incremental builds on, it then copies each page whose
 * `cacheKey` is unchanged back from its cache (at 100,000 articles that copying was 104 s of a rebuild with nothing
 * changed). With `vite.build.emptyOutDir: false` (set here) such a page simply stays where it is. What emptying the
 * folder did has to be done another way: once the pages are built, every file of the output folder that this build
 * did not produce (the page of a deleted or renamed article, a list page past the new last page, a feed of a
 * vanished tag, an old stylesheet) is removed, and folders left empty with it. Put this integration before those
 * that write into the output folder when the build is done (sitemap, search, redirects): their files are not known
 * here, and they write them afresh.
 */
export function clippingsPruneOutput(options: PruneOutputOptions = {}): AstroIntegration {
  const leave = new Set(options.leave ?? []);
  /** Files the bundler wrote this build, relative to the folder of their build. */
  const bundled = new Set<string>();
  let publicDir = '';
  return {
    name: 'clippings-prune-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { build: { emptyOutDir: false }, plugins: [recordBundledFiles(bundled)] } });
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        // Relative to the output folder: Astro moves the stylesheets of the pages' build there from its own folder.
        const made = new Set([...bundled].map((file) => path.join(outDir, file)));
        for (const urls of assets.values()) for (const url of urls) made.add(fileURLToPath(url));
        for (const file of listFiles(publicDir)) made.add(path.join(outDir, file));
        const { files, folders } = pruneFolder(outDir, made, leave);
        // The sitemap is among them until its integration, after this one, writes it again.
        if (files > 0) logger.info(`Removed ${files} file(s) of the previous build that no page, script or public file of this one is (and ${folders} folder(s) left empty).`);
      },
    },
  };
}

/** A Vite plugin that adds the name of every file a bundle writes (scripts, stylesheets) to `written`. */
function recordBundledFiles(written: Set<string>): Plugin {
  return {
    name: 'clippings-record-bundled-files',
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) written.add(fileName);
    },
  };
}

/**
 * Remove every file below `dir` that is not in `keep` (absolute paths), then the folders left empty. Entries of `dir`
 * itself named in `leave`, or whose names start with a dot, are left alone, as Astro leaves `.git` (and its
 * `.prerender` work folder).
 */
export function pruneFolder(dir: string, keep: ReadonlySet<string>, leave: ReadonlySet<string> = new Set()): { files: number; folders: number } {
  let files = 0;
  let folders = 0;
  const visit = (folder: string, top: boolean): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (top && (entry.name.startsWith('.') || leave.has(entry.name))) {
        empty = false;
        continue;
      }
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (visit(full, false)) {
          rmdirSync(full);
          folders++;
        } else empty = false;
      } else if (keep.has(full)) empty = false;
      else {
        rmSync(full, { force: true });
        files++;
      }
    }
    return empty;
  };
  visit(dir, true);
  return { files, folders };
}

/** Paths of the files below a folder, relative to it; none when it does not exist. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
