import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { TEXT_VECTORS } from '../security/hostile-vectors.ts';
import { listFiles } from '../security/scan-output.ts';
import { describe, expect, test } from './test-utils.ts';

/** What a page may log without anything having run: images and frames the test blocks from the network. */
const HARMLESS_CONSOLE = /Failed to load resource|ERR_BLOCKED_BY_CLIENT/;

/**
 * Watch a page for every sign that an article's payload ran or took over: dialogs (and calls to the functions
 * that open them, replaced before any script), page errors, console errors (a Content-Security-Policy refusal is
 * one), CSP violation events, requests to the payloads' host `xss.invalid`, and navigation away from the page
 * that was opened.
 */
async function watch(page: Page) {
  const seen: string[] = [];
  let opened = '';
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.push(`page error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !HARMLESS_CONSOLE.test(message.text())) seen.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    // The host, not the path: an article whose permalink was "//xss.invalid/x/" lives at /xss.invalid/x/ on the site.
    if (new URL(request.url()).hostname === 'xss.invalid') seen.push(`${request.resourceType()} request to ${request.url()} from ${page.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && opened !== '' && frame.url() !== opened) seen.push(`navigated from ${opened} to ${frame.url()}`);
  });
  await page.addInitScript(() => {
    const ran: string[] = [];
    (window as unknown as { ran: string[] }).ran = ran;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window);
      window[name] = ((...args: unknown[]) => {
        ran.push(`${name}(${args.map(String).join(', ')})`);
        return (original as (...a: unknown[]) => unknown)(...args);
      }) as never;
    }
    document.addEventListener('securitypolicyviolation', (event) => ran.push(`CSP refused ${event.blockedURI || 'inline'} (${event.violatedDirective})`));
  });
  return {
    seen,
    /** Open `path`, move over and focus what a reader would touch, and collect what ran. */
    async visit(path: string): Promise<void> {
      opened = '';
      await page.goto(path, { waitUntil: 'load' });
      opened = page.url();
      for (const link of (await page.locator('.prose a, .prose img, .prose details, .prose p').all()).slice(0, 30)) {
        await link.hover({ timeout: 1000, force: true }).catch(() => undefined);
      }
      await page.keyboard.press('Tab');
      await page.waitForTimeout(30);
      const ran = await page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? []).catch(() => [] as string[]);
      seen.push(...ran.map((what) => `${what} on ${opened}`));
    },
  };
}

/** The URL path of a built file: `a/b/index.html` is `/a/b/`, each segment percent-encoded. */
function urlOf(file: string): string {
  const segments = file.split('/').map(encodeURIComponent);
  return segments.at(-1) === 'index.html' ? `/${segments.slice(0, -1).join('/')}${segments.length > 1 ? '/' : ''}` : `/${segments.join('/')}`;
}

describe('the hostile archive in a browser', () => {
  const files = listFiles(inject('hostileOutDir'));

  /** Open every file in one watched page; what ran anywhere. */
  async function visitAll(page: Page, visited: string[]): Promise<string[]> {
    const watcher = await watch(page);
    for (const file of visited) await watcher.visit(urlOf(file));
    return watcher.seen;
  }

  test('runs nothing and goes nowhere on any of its pages', { timeout: 300_000 }, async ({ newPage }) => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    expect(await visitAll(await newPage({ baseURL: inject('hostileURL') }), pages)).toEqual([]);
  });

  test('runs nothing from its feeds and sitemaps, opened in the browser', { timeout: 120_000 }, async ({ newPage }) => {
    const feeds = files.filter((file) => file.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThan(10);
    expect(await visitAll(await newPage({ baseURL: inject('hostileURL') }), feeds)).toEqual([]);
  });

  test('runs nothing when its search shows the vectors as results', { timeout: 120_000 }, async ({ newPage }) => {
    const page = await newPage({ baseURL: inject('hostileURL') });
    const watcher = await watch(page);
    const queries = [...TEXT_VECTORS.map((vector) => vector.payload), 'xss', 'alert', '攻击样本', 'script onerror'];
    for (const query of queries) {
      await watcher.visit(`/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toMatch(/找到/);
    }
    // The front-matter vectors are found, and shown as text.
    await watcher.visit(`/search/?q=${encodeURIComponent('攻击样本')}`);
    await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(watcher.seen).toEqual([]);
  });
});
