import { readFileSync } from 'node:fs';
import path from 'node:path';
import userConfig from '../clippings.config.mjs';
import { hashText } from './lib/article/sanitize-path-segment.ts';
import { DEFAULT_INCLUDE } from './lib/config/config-schema.ts';
import { readHexoConfig, type HexoConfigSettings } from './lib/config/hexo-config.ts';
import { resolveConfig } from './lib/config/resolve-config.ts';

/**
 * A Hexo site to build (`hexoSite` or `CLIPPINGS_HEXO_SITE`: the folder of its `_config.yml`): its settings
 * replace those of `clippings.config.mjs`, so that the migrated site keeps its URLs; environment variables still
 * override both.
 */
const hexoSite = process.env.CLIPPINGS_HEXO_SITE || (userConfig as { hexoSite?: string }).hexoSite;
export const hexoSettings: HexoConfigSettings | undefined = hexoSite ? readHexoSite(hexoSite) : undefined;

/** The resolved site configuration: `clippings.config.mjs`, a Hexo site's settings, environment overrides, defaults. */
export const config = resolveConfig({ ...userConfig, ...hexoSettings?.config }, process.env);

function readHexoSite(dir: string): HexoConfigSettings {
  const file = path.join(dir, '_config.yml');
  try {
    return readHexoConfig(readFileSync(file, 'utf8'), dir);
  } catch (error) {
    throw new Error(`Could not read the Hexo site's settings from ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Absolute path of the content folder. Builds run from the project root (npm scripts guarantee it). */
export const contentRoot = path.resolve(process.cwd(), config.contentDir);

/**
 * Astro's cache folder (data store) and ours beside it. Overridable with `CLIPPINGS_CACHE_DIR` so that tests
 * building a fixture archive do not trample the sample site's cache. A narrowed `include` gets a folder of its own
 * inside it: syncing a subset drops every other article from the store and prunes their cached bodies, and the next
 * whole build would have to process them all again. (The dev server keeps its store in `.astro/` whatever this is,
 * and starts it afresh when the configuration changes.)
 */
export const cacheRoot = path.resolve(
  process.cwd(),
  process.env.CLIPPINGS_CACHE_DIR ?? 'node_modules/.astro',
  config.include === DEFAULT_INCLUDE ? '' : `subset-${hashText(config.include)}`,
);

/** Where the loader keeps each article's sanitized HTML, named by content digest (see src/content/article-cache.ts). */
export const htmlCacheDir = path.join(cacheRoot, 'clippings-html');

/** Where the loader keeps every article's record in one file (see src/content/article-index.ts). */
export const articleIndexFile = path.join(cacheRoot, 'clippings-articles.jsonl');
