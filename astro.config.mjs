// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { config, cacheRoot, contentRoot, hexoSettings, htmlCacheDir } from './src/config.ts';
import { clippingsMode } from './src/integrations/clippings-mode.ts';
import { clippingsSearch } from './src/integrations/pagefind.ts';
import { clippingsRedirects } from './src/integrations/redirects.ts';
import { createWatchIgnore } from './src/lib/config/watch-ignore.ts';

// Wiring only: everything Clippings knows lives in src/lib/ and clippings.config.mjs.
for (const note of hexoSettings?.notes ?? []) console.warn(`[clippings] Hexo _config.yml: ${note}`);
const outDir = process.env.CLIPPINGS_OUT_DIR ?? './dist';
export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  cacheDir: cacheRoot,
  outDir,
  build: {
    format: 'directory',
    // Two workers match this machine's two cores: measured −25 % page generation time at 10k articles.
    concurrency: 2,
    // External stylesheets only, so a Content-Security-Policy without 'unsafe-inline' works.
    inlineStylesheets: 'never',
  },
  // The sitemap lists only built pages, so drafts and future-dated articles never appear in it; above
  // 45,000 URLs it is split into several files behind sitemap-index.xml (the protocol's limit is 50,000).
  integrations: [
    clippingsMode(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
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
