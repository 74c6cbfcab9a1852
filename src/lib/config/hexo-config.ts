import path from 'node:path';
import yaml from 'js-yaml';
import { toHref } from '../article/permalink.ts';
import type { ClippingsUserConfig } from './config-schema.ts';

/** What a Hexo site's `_config.yml` gives Clippings, and what it holds that Clippings does not honour. */
export interface HexoConfigSettings {
  config: ClippingsUserConfig;
  /** One sentence per Hexo setting that is ignored or changed, for the build log. */
  notes: string[];
}

/** Hexo's folders for lists, by setting, with the folder Clippings' own pages are in. */
const LIST_DIRS = [
  ['category_dir', 'categoryDir', 'categories'],
  ['tag_dir', 'tagDir', 'tags'],
  ['archive_dir', 'archiveDir', 'archives'],
  ['pagination_dir', 'paginationDir', 'page'],
] as const;

/**
 * Read the settings that decide a Hexo site's URLs and pages from its `_config.yml`, so that pointing Clippings at
 * the site keeps its addresses: `title`, `url` and `root` (site and base), `permalink`, `timezone`, `per_page`,
 * `language`, `category_map` and `tag_map`, and `source_dir` (the articles are in `<source_dir>/_posts`).
 * `hexoDir` is the folder of `_config.yml`, relative to the project root.
 */
export function readHexoConfig(text: string, hexoDir: string): HexoConfigSettings {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('_config.yml is not a mapping of settings.');
  const hexo = data as Record<string, unknown>;
  const config: ClippingsUserConfig = {};
  const notes: string[] = [];
  const string = (key: string) => (typeof hexo[key] === 'string' && (hexo[key] as string).trim() !== '' ? (hexo[key] as string).trim() : undefined);

  const title = string('title');
  if (title) config.title = title;
  const description = string('description') ?? string('subtitle');
  if (description) config.description = description;
  const language = Array.isArray(hexo.language) ? hexo.language.find((value) => typeof value === 'string') : string('language');
  if (language && language !== 'default') config.lang = language;
  const timezone = string('timezone');
  if (timezone) config.timeZone = timezone;
  const permalink = string('permalink');
  if (permalink) config.permalink = permalink;
  if (typeof hexo.per_page === 'number') {
    if (hexo.per_page > 0) config.pageSize = Math.min(hexo.per_page, 500);
    else notes.push('per_page: 0 (no pagination) is not supported; lists are paginated by the default page size.');
  }
  const url = string('url');
  if (url) {
    const parsed = new URL(url);
    config.site = parsed.origin;
    const root = string('root') ?? parsed.pathname;
    config.base = toHref('', root);
  }
  for (const [key, name] of [['category_map', 'categoryMap'], ['tag_map', 'tagMap']] as const) {
    const map = hexo[key];
    if (map && typeof map === 'object' && !Array.isArray(map)) {
      config[name] = Object.fromEntries(Object.entries(map).filter(([, slug]) => typeof slug === 'string' || typeof slug === 'number').map(([from, slug]) => [from, String(slug)]));
    }
  }
  config.contentDir = path.posix.join(hexoDir.split(path.sep).join('/'), string('source_dir') ?? 'source', '_posts');
  const hexoUrls: NonNullable<ClippingsUserConfig['hexoUrls']> = {};
  for (const [key, name, own] of LIST_DIRS) {
    const value = string(key)?.replace(/^\/+|\/+$/g, '');
    if (value === undefined) continue;
    hexoUrls[name] = value;
    if (value !== own) notes.push(`${key}: ${value || '/'}: those pages are under /${own}/ here; their old addresses get redirect pages.`);
  }
  if (hexo.filename_case === 1 || hexo.filename_case === 2) hexoUrls.filenameCase = hexo.filename_case;
  const defaultCategory = string('default_category');
  if (defaultCategory) hexoUrls.defaultCategory = defaultCategory;
  config.hexoUrls = hexoUrls;
  return { config, notes };
}
