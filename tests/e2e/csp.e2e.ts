import type { Page } from 'playwright-core';
import { describe, expect, isLocal, test } from './test-utils.ts';

/** The strictest policy the site promises to work under: no inline script or style anywhere. */
const POLICY = "default-src 'self'; img-src * data:; style-src 'self'; script-src 'self'; frame-src https:; media-src https: http:";

/** A page whose documents arrive with {@link POLICY} as a header, recording every violation the browser reports. */
async function openWithPolicy(page: Page, path: string): Promise<void> {
  await page.route('**/*', async (route) => {
    const request = route.request();
    // Anything else, including the remote embeds' frames, goes on to the context's handler, which blocks it.
    if (request.resourceType() !== 'document' || !isLocal(new URL(request.url()))) return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const response = await page.goto(path);
  expect(response?.headers()['content-security-policy']).toBe(POLICY);
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('under a strict Content-Security-Policy', () => {
  const pages = [
    { name: 'home page', path: '/' },
    { name: 'article', path: '/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/' },
    { name: 'article with an embedded video', path: '/2022/07/Halo Infinite_ Trailer/' },
  ];
  for (const { name, path } of pages) {
    test(`the ${name} breaks no rule and its theme select works`, async ({ newPage }) => {
      const page = await newPage({ colorScheme: 'light' });
      await openWithPolicy(page, path);
      await page.getByRole('combobox', { name: '配色' }).selectOption('dark');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await violations(page)).toEqual([]);
    });
  }

  test('search works, and an opened result highlights the searched words, without breaking a rule', async ({ newPage }) => {
    const page = await newPage();
    await openWithPolicy(page, `/search/?q=${encodeURIComponent('快手')}`);
    const result = page.locator('[data-search-results] a').first();
    await result.waitFor({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/highlight=/), result.click()]);
    await expect.poll(() => page.locator('.prose mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  test('a violation would be seen', async ({ newPage }) => {
    const page = await newPage();
    await openWithPolicy(page, '/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline"';
      document.head.append(script);
    });
    // Reported once per policy that forbids it: the site's own <meta> policy and the header.
    await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
    for (const violation of await violations(page)) expect(violation).toMatch(/^script-src(-elem)? blocked inline/);
  });
});
