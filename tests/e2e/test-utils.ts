import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { CHROMIUM_ARGS } from './find-chromium.ts';

export { describe, expect } from 'vitest';

/** A phone in portrait: the narrowest common width. */
export const PHONE = { width: 360, height: 740 };
/** The width WCAG 1.4.10 (Reflow) asks a page to fit without horizontal scrolling. */
export const REFLOW = { width: 320, height: 640 };

/**
 * Vitest's `test` with a browser: `browser` is one Chromium per test file; `newPage(options)` opens a page in a
 * fresh context (its own storage) whose relative `goto` paths resolve against the fixture site. Every request
 * that does not go to the local preview server is aborted, so no test touches the network (the fixture's
 * images are remote URLs).
 */
export const test = base
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('newPage', async ({ browser }, { onCleanup }) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    onCleanup(async () => {
      for (const context of contexts) await context.close();
    });
    return async (options: BrowserContextOptions = {}): Promise<Page> => {
      const context = await browser.newContext({ baseURL: inject('baseURL'), ...options });
      contexts.push(context);
      await context.route((url) => !isLocal(url), (route) => route.abort('blockedbyclient'));
      return context.newPage();
    };
  });

/** Is this URL served by the local preview server? */
export function isLocal(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost';
}

/** The page's path with percent-encoding undone, as a reader sees it in the address bar. */
export function pathOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname);
}

/** The computed background colour of the page body, e.g. `rgb(22, 24, 27)`. */
export function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/** Is an `rgb(…)` colour dark (relative luminance below 0.2)? */
export function isDarkColor(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
}
