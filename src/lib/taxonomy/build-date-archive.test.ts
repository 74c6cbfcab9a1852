import { describe, expect, test } from 'vitest';
import { buildDateArchive } from './build-date-archive.ts';

const article = (id: string, iso: string) => ({ id, date: new Date(iso) });

describe('buildDateArchive', () => {
  test('is empty for an empty archive', () => {
    expect(buildDateArchive([], 'Asia/Shanghai', '/')).toEqual([]);
  });

  test('groups newest-first articles into years and months', () => {
    const articles = [
      article('c', '2022-02-23T09:50:30Z'),
      article('b', '2022-01-05T00:00:00Z'),
      article('a', '2021-12-31T01:00:00Z'),
    ];
    const years = buildDateArchive(articles, 'Asia/Shanghai', '/');
    expect(years.map((year) => [year.year, year.articles.length, year.href])).toEqual([
      [2022, 2, '/archives/2022/'],
      [2021, 1, '/archives/2021/'],
    ]);
    expect(years[0]!.months.map((month) => [month.month, month.href, month.articles.map((x) => x.id)])).toEqual([
      [2, '/archives/2022/02/', ['c']],
      [1, '/archives/2022/01/', ['b']],
    ]);
  });

  test('files articles by their date in the site time zone', () => {
    // 16:30 UTC on 31 December is already 1 January in Shanghai.
    const years = buildDateArchive([article('a', '2021-12-31T16:30:00Z')], 'Asia/Shanghai', '/');
    expect(years[0]!.year).toBe(2022);
    expect(buildDateArchive([article('a', '2021-12-31T16:30:00Z')], 'UTC', '/')[0]!.year).toBe(2021);
  });
});
