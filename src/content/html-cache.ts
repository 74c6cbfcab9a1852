import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Sanitized article bodies, one file per content digest. Keeping them out of Astro's data store keeps the store
 * small at 100,000 articles (see ArticleRecordSchema); naming them by digest makes writes idempotent.
 */
export interface HtmlCache {
  has(key: string): boolean;
  write(key: string, html: string): void;
  read(key: string): string;
  /** Delete every cached body whose key is not in `keep`; returns how many were removed. */
  prune(keep: Set<string>): number;
}

/** Open (and create) the HTML cache in `dir`. */
export function openHtmlCache(dir: string): HtmlCache {
  mkdirSync(dir, { recursive: true });
  const fileOf = (key: string) => path.join(dir, `${key}.html`);
  return {
    has: (key) => existsSync(fileOf(key)),
    write: (key, html) => writeFileSync(fileOf(key), html),
    read: (key) => readFileSync(fileOf(key), 'utf8'),
    prune(keep) {
      let removed = 0;
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.html') || keep.has(name.slice(0, -'.html'.length))) continue;
        rmSync(path.join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}

/** Read one article's sanitized body HTML; throws with a rebuild hint if the cache lost it. */
export function readArticleHtml(dir: string, key: string): string {
  try {
    return readFileSync(path.join(dir, `${key}.html`), 'utf8');
  } catch (error) {
    throw new Error(
      `The cached body ${key}.html is missing from ${dir}. Run \`astro build --force\` to rebuild the content cache.`,
      { cause: error },
    );
  }
}
