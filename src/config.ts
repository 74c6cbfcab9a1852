import path from 'node:path';
import userConfig from '../clippings.config.mjs';
import { resolveConfig } from './lib/config/resolve-config.ts';

/** The resolved site configuration: `clippings.config.mjs`, then environment overrides, then defaults. */
export const config = resolveConfig(userConfig, process.env);

/** Absolute path of the content folder. Builds run from the project root (npm scripts guarantee it). */
export const contentRoot = path.resolve(process.cwd(), config.contentDir);

/**
 * Astro's cache folder (data store) and ours beside it. Overridable with `CLIPPINGS_CACHE_DIR` so that tests
 * building a fixture archive do not trample the sample site's cache.
 */
export const cacheRoot = path.resolve(process.cwd(), process.env.CLIPPINGS_CACHE_DIR ?? 'node_modules/.astro');

/** Where the loader keeps each article's sanitized HTML, named by content digest (see src/content/html-cache.ts). */
export const htmlCacheDir = path.join(cacheRoot, 'clippings-html');
