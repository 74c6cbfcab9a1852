import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect, PHONE, REFLOW, test } from './test-utils.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One page of each kind a reader meets; the journeys in browse.e2e.ts pass through all of them. */
const PAGES = [
  '/',
  '/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/',
  '/categories/',
  '/categories/新媒体/36kr/',
  '/tags/快手/',
  '/archives/2022/02/',
  // Scraped bodies with an embedded YouTube video and with headings that skipped levels.
  '/2022/07/Halo Infinite_ Trailer/',
  '/2022/09/Animation Reel/',
  '/search/',
];

const SETUPS = [
  { colorScheme: 'light', name: 'light theme, desktop' },
  { colorScheme: 'dark', name: 'dark theme, desktop' },
  { colorScheme: 'light', viewport: PHONE, name: 'light theme, phone' },
  { colorScheme: 'dark', viewport: PHONE, name: 'dark theme, phone' },
] as const;

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
}

/** One violation as a person fixing it wants to read it: rule, impact, what to do, and where. */
function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replaceAll('\n', '\n      ');
    return `  - ${node.target.join(' ')}\n      ${summary}`;
  });
  return [`${violation.id} (${violation.impact}): ${violation.help} <${violation.helpUrl}>`, ...nodes].join('\n');
}

// One test per theme and screen visits every page, so a failure lists all pages that break a rule.
for (const { name, ...options } of SETUPS) {
  test(`no page has axe violations (${name})`, async ({ newPage }) => {
    // axe is injected as an inline script, which the site's own Content-Security-Policy refuses.
    const page = await newPage({ ...options, bypassCSP: true });
    const report: string[] = [];
    for (const path of PAGES) {
      await open(page, path);
      await page.addScriptTag({ path: axePath });
      const results = await page.evaluate(() =>
        // Only violations are reported in full; passes and inapplicable rules are not needed.
        (window as unknown as { axe: typeof import('axe-core') }).axe.run({ resultTypes: ['violations'] }),
      );
      report.push(...results.violations.map((violation) => `${path}\n${describeViolation(violation)}`));
    }
    expect(report.join('\n\n')).toBe('');
  });
}

// WCAG 1.4.10 (Reflow): content fits 320 CSS pixels without scrolling sideways.
test('no page scrolls sideways 320 pixels wide', async ({ newPage }) => {
  const page = await newPage({ viewport: REFLOW });
  const wide: string[] = [];
  for (const path of PAGES) {
    await open(page, path);
    const { scrollWidth, viewportWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    }));
    if (scrollWidth > viewportWidth) wide.push(`${path}: ${scrollWidth} px wide`);
  }
  expect(wide).toEqual([]);
});
