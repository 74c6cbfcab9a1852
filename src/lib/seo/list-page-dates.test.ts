import { describe, expect, test } from 'vitest';
import { buildSiteModel } from '../archive/build-site-model.ts';
import type { ArticleRecord } from '../archive/article-record.ts';
import { listPageDates, pageDateKey } from './list-page-dates.ts';

const record = (slug: string, date: string, extra: Partial<ArticleRecord> = {}): ArticleRecord =>
  ({
    sourcePath: `${slug}.md`, title: slug, date: new Date(date), categories: [['新媒体', '36kr']], tags: ['AI'], wantedPermalink: `2024/01/${slug}/`,
    excerpt: '', readingMinutes: 1, characterCount: 1, headings: [], htmlKey: slug, warnings: [], extra: {}, ...extra,
  }) as ArticleRecord;

describe('listPageDates', () => {
  const site = buildSiteModel(
    [record('old', '2024-01-02T00:00:00Z', { updated: new Date('2024-03-01T00:00:00Z') }), record('new', '2024-01-20T00:00:00Z')],
    { includeDrafts: false, now: new Date('2025-01-01'), base: '/', timeZone: 'Asia/Shanghai', fingerprint: '' },
  );
  const dates = listPageDates(site, '/');
  const at = (path: string) => dates.get(pageDateKey(path))?.toISOString();

  test('dates an article by its update, else by its date', () => {
    const [newer, older] = site.articles;
    expect(at(older!.href)).toBe('2024-03-01T00:00:00.000Z');
    expect(at(newer!.href)).toBe('2024-01-20T00:00:00.000Z');
  });

  test('dates the home page and each category, tag and year by their latest change', () => {
    for (const href of ['/', site.tags[0]!.href, site.years[0]!.href, ...site.categories.nodes.map((node) => node.href)]) {
      expect(at(href), href).toBe('2024-03-01T00:00:00.000Z');
    }
  });

  test('finds a page by its path percent-encoded or not', () => {
    expect(pageDateKey('/categories/%E6%96%B0%E5%AA%92%E4%BD%93/')).toBe(pageDateKey('/categories/新媒体/'));
    expect(pageDateKey('/2021/04/C%20%E5%92%8C%20C++/')).toBe(pageDateKey('/2021/04/C 和 C%2B%2B/'));
    expect(pageDateKey('/a/Love%2C Death %26 Robots/')).toBe(pageDateKey('/a/Love, Death & Robots/'));
  });
});
