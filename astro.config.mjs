// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { config, cacheRoot, contentRoot, hexoSettings, htmlCacheDir } from './src/config.ts';
import { readPageDates } from './src/content/page-dates.ts';
import { clippingsMode } from './src/integrations/clippings-mode.ts';
import { pageDateKey } from './src/lib/seo/list-page-dates.ts';
import { clippingsSearch } from './src/integrations/pagefind.ts';
import { clippingsPruneOutput } from './src/integrations/prune-output.ts';
import { clippingsRedirects } from './src/integrations/redirects.ts';
import { createWatchIgnore } from './src/lib/config/watch-ignore.ts';

// Wiring only: everything Clippings knows lives in src/lib/ and clippings.config.mjs.
for (const note of hexoSettings?.notes ?? []) console.warn(`[clippings] Hexo _config.yml: ${note}`);
const outDir = process.env.CLIPPINGS_OUT_DIR ?? './dist';
const basePath = config.base.endsWith('/') ? config.base : `${config.base}/`;
/** @type {Map<string, string> | undefined} */
let pageDates;
export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  cacheDir: cacheRoot,
  outDir,
  build: {
    format: 'directory',
    // Pages rendered at once on the one thread that renders them: while one page's file is written (libuv's thread
    // pool), others render. At 10,000 articles a full page generation took 32–34 s at 2, 24.8 s at 8, 22.9–24.7 s
    // at 16, 22.6 s at 32 and 24.1 s at 64 (`astro build --force` on the bench corpus), at the same peak memory.
    concurrency: 16,
    // External stylesheets only, so a Content-Security-Policy without 'unsafe-inline' works.
    inlineStylesheets: 'never',
  },
  // The sitemap lists only built pages, so drafts and future-dated articles never appear in it; above
  // 45,000 URLs it is split into several files behind sitemap-index.xml (the protocol's limit is 50,000).
  integrations: [
    clippingsMode(),
    // Keeps the output folder between builds (unchanged pages stay in place) and removes what this build no longer
    // makes; before the integrations that write their files when the pages are done.
    // `pagefind/` is the search integration's: it replaces only the shards that changed (published-search.ts).
    clippingsPruneOutput({ leave: ['pagefind'] }),
    sitemap({
      // The search page and the 404 page are not content; empty pages are not generated at all.
      filter: (page) => ![`${basePath}404/`, `${basePath}search/`].includes(new URL(page).pathname),
      // lastmod from the articles' `updated`/`date` (src/lib/seo/list-page-dates.ts), read once the pages are built.
      serialize: (item) => {
        pageDates ??= readPageDates(cacheRoot);
        const lastmod = pageDates.get(pageDateKey(new URL(item.url).pathname));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    clippingsRedirects({
      cacheDir: cacheRoot,
      site: config.site,
      base: config.base,
      title: config.title,
      lang: config.lang,
      contentSecurityPolicy: config.contentSecurityPolicy,
    }),
    clippingsSearch({
      timeZone: config.timeZone,
      maxShardArticles: config.searchShardSize,
      concurrency: config.searchConcurrency,
      chunkSize: config.searchChunkSize,
      cacheDir: cacheRoot,
      htmlCacheDir,
      // A distributed build's planning stage (scripts/build-distributed.ts, docs/scaling.md): plan the search index
      // and write the shard jobs' artifacts there instead of indexing.
      planDir: process.env.CLIPPINGS_SEARCH_PLAN_DIR ? path.resolve(process.env.CLIPPINGS_SEARCH_PLAN_DIR) : undefined,
    }),
  ],
  devToolbar: { enabled: false },
  vite: {
    server: {
      watch: {
        ignored: createWatchIgnore({
          contentRoot,
          skippedDirs: [outDir, 'dist', cacheRoot, 'bench-out', '.clippings-cache', 'test-results'].map((dir) => path.resolve(dir)),
        }),
      },
    },
  },
  experimental: {
    // Pages whose cacheKey (a digest of what they show, src/lib/archive/route-cache-key.ts) and template are
    // unchanged are copied from the previous build instead of rendered again.
    incrementalBuild: true,
  },
});
