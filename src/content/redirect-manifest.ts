import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Redirect, RefusedRedirect } from '../lib/hexo/plan-hexo-redirects.ts';

/** File name of the redirect manifest inside the cache folder. */
const MANIFEST_FILE = 'clippings-redirects.json';

/** The old addresses the pages were built for, handed to the integration that writes their redirect pages. */
export interface RedirectManifest {
  redirects: Redirect[];
  refused: RefusedRedirect[];
}

/** Hand the redirects of this build to the redirect integration, which runs after the pages are built. */
export function writeRedirectManifest(manifest: RedirectManifest, cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, MANIFEST_FILE), JSON.stringify(manifest));
}

/** Read the manifest written by {@link writeRedirectManifest}; none when the pages never wrote one. */
export function readRedirectManifest(cacheDir: string): RedirectManifest {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, MANIFEST_FILE), 'utf8')) as RedirectManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { redirects: [], refused: [] };
    throw error;
  }
}
