import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readRedirectManifest } from '../content/redirect-manifest.ts';
import { redirectFileOf } from '../lib/redirects/redirect-file.ts';
import { renderRedirectPage, type RedirectPageOptions } from '../lib/redirects/render-redirect-page.ts';

/** Options for {@link clippingsRedirects}. */
export interface ClippingsRedirectsOptions extends Omit<RedirectPageOptions, 'href' | 'canonical'> {
  /** Folder holding the redirect manifest (Astro's cache folder). */
  cacheDir: string;
  /** The site's origin, for canonical links. */
  site: string;
  /** The site's base path (`/blog/`): old addresses are below it too. */
  base: string;
}

/** Old addresses listed in the build log one by one; the rest are counted, and all are in the list file. */
const LISTED = 20;

/**
 * Write a redirect page at each old address the pages planned (src/lib/hexo/plan-hexo-redirects.ts), after the
 * pages are built: never over a page of the site, never outside the output folder. The build log counts them and
 * lists the first ones and every address left without one; `clippings-redirects.tsv` in the cache folder lists all.
 */
export function clippingsRedirects(options: ClippingsRedirectsOptions): AstroIntegration {
  return {
    name: 'clippings-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { redirects, refused } = readRedirectManifest(options.cacheDir);
        const written: typeof redirects = [];
        const notWritten = [...refused];
        for (const redirect of redirects) {
          const target = redirectFileOf(redirect.from);
          if (!target.ok) {
            notWritten.push({ ...redirect, reason: target.reason });
            continue;
          }
          const file = path.join(outDir, ...target.file.split('/'));
          if (existsSync(file) || blockedByFile(outDir, target.file)) {
            notWritten.push({ ...redirect, reason: 'a page of this site is at that address' });
            continue;
          }
          const canonical = new URL(redirect.to, options.site).href;
          try {
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, renderRedirectPage({ ...options, href: redirect.to, canonical }), { flag: 'wx' });
            written.push(redirect);
          } catch (error) {
            notWritten.push({ ...redirect, reason: `the file could not be written (${(error as Error).message})` });
          }
        }
        if (written.length === 0 && notWritten.length === 0) return;
        const listFile = path.join(options.cacheDir, 'clippings-redirects.tsv');
        const old = (from: string) => `${options.base.replace(/\/?$/, '/')}${from}`;
        writeFileSync(
          listFile,
          [
            ...written.map((redirect) => `${old(redirect.from)}\t${redirect.to}\twritten`),
            ...notWritten.map((redirect) => `${old(redirect.from)}\t${redirect.to}\tnot written: ${redirect.reason}`),
          ].join('\n') + '\n',
        );
        logger.info(`${written.length} redirect pages from old Hexo addresses, ${notWritten.length} old addresses without one (all listed in ${displayPath(listFile)}).`);
        for (const redirect of written.slice(0, LISTED)) logger.info(`  ${old(redirect.from)} → ${redirect.to}`);
        if (written.length > LISTED) logger.info(`  … and ${written.length - LISTED} more.`);
        for (const redirect of notWritten) logger.warn(`no redirect from ${old(redirect.from)} to ${redirect.to}: ${redirect.reason}.`);
      },
    },
  };
}

/** A path relative to the working directory when it is below it, else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** Whether a file of the site stands where the redirect needs a folder (`a.html` as a file, `a.html/index.html`). */
function blockedByFile(outDir: string, file: string): boolean {
  const segments = file.split('/').slice(0, -1);
  return segments.some((_, index) => {
    const stats = lstatSync(path.join(outDir, ...segments.slice(0, index + 1)), { throwIfNoEntry: false });
    return stats !== undefined && !stats.isDirectory();
  });
}
