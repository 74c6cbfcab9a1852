import { describe, expect, test } from 'vitest';
import { createWatchIgnore } from './watch-ignore.ts';

describe('createWatchIgnore', () => {
  const ignored = createWatchIgnore({
    contentRoot: '/site/bench-out/corpus-10000-1',
    skippedDirs: ['/site/bench-out', '/site/dist', '/site/node_modules/.astro'],
  });

  test('skips build output, caches and benchmark data', () => {
    expect(ignored('/site/dist/index.html')).toBe(true);
    expect(ignored('/site/dist')).toBe(true);
    expect(ignored('/site/bench-out/cache-10000/clippings-html/0a.html')).toBe(true);
    expect(ignored('/site/node_modules/.astro/data-store.json')).toBe(true);
  });

  test('watches the content folder and the way down to it, even inside a skipped folder', () => {
    expect(ignored('/site/bench-out/corpus-10000-1/新媒体/36kr/a.md')).toBe(false);
    expect(ignored('/site/bench-out/corpus-10000-1')).toBe(false);
    expect(ignored('/site/bench-out')).toBe(false);
  });

  test('watches everything else, including folders whose names only start like a skipped one', () => {
    expect(ignored('/site/src/pages/index.astro')).toBe(false);
    expect(ignored('/site/dist-old/index.html')).toBe(false);
    expect(ignored('/site/content/a.md')).toBe(false);
  });

  test('never skips the content folder when it lies inside a skipped one', () => {
    const inside = createWatchIgnore({ contentRoot: '/site/dist/content', skippedDirs: ['/site/dist'] });
    expect(inside('/site/dist/content/a.md')).toBe(false);
    expect(inside('/site/dist/index.html')).toBe(true);
  });
});
