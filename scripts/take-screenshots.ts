// `npm run screenshots`: screenshots of the built site (run `npm run build` first; Chinese text needs a CJK font such
// as Debian's fonts-noto-cjk) for the README, in
// docs/screenshots/. Remote images are replaced by a neutral placeholder, since screenshots are taken offline.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/find-chromium.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const PLACEHOLDER = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="100%" height="100%" fill="#c9d3dc"/><path d="M0 560 L360 300 L620 520 L860 380 L1200 620 L1200 675 L0 675Z" fill="#9fb0bf"/><circle cx="930" cy="170" r="70" fill="#e7ecf0"/></svg>`;

const SHOTS = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/' },
  // The sample's own note: a Markdown table and a scraped video, taken whole.
  { name: 'article-table-video', path: '/2026/12/关于这个样例归档/', fullPage: true },
  { name: 'categories', path: '/categories/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('数据')}` },
];
const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
];
/** The site follows the system's theme until the reader picks one: each screen is taken in both. */
const SCHEMES = [
  { name: 'light', suffix: '' },
  { name: 'dark', suffix: '-dark' },
] as const;

const server = await startPreview({});
// The server's URL ends with the site's base ("/"); the paths below start with one.
const base = server.url.replace(/\/$/, '');
try {
  const browser = await chromium.launch({ executablePath: (await findChromium()).executablePath, args: CHROMIUM_ARGS });
  for (const [screen, scheme] of SCREENS.flatMap((screen) => SCHEMES.map((scheme) => [screen, scheme] as const))) {
    const context = await browser.newContext({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor, colorScheme: scheme.name });
    await context.route((url) => url.hostname !== '127.0.0.1', (route) =>
      route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/svg+xml', body: PLACEHOLDER }) : route.abort(),
    );
    const page = await context.newPage();
    for (const shot of SHOTS) {
      await page.goto(base + shot.path, { waitUntil: 'networkidle' });
      if (shot.name === 'search') await page.waitForSelector('[data-search-results] li');
      const file = path.join(root, 'docs/screenshots', `${shot.name}-${screen.name}${scheme.suffix}.png`);
      await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
} finally {
  await server.stop();
}

