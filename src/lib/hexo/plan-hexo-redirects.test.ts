import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../archive/article-record.ts';
import { buildSiteModel } from '../archive/build-site-model.ts';
import { expandPermalink } from '../article/permalink.ts';
import { hexoSlugify } from './hexo-slugize.ts';
import { planHexoRedirects, type HexoUrls } from './plan-hexo-redirects.ts';

const PATTERN = ':year/:month/:title/';
const TIME_ZONE = 'Asia/Shanghai';

function record(sourcePath: string, date: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  const fields = { title: sourcePath.replace(/\.md$/, ''), date: new Date(date), categories: [['编程']], tags: ['Web Dev'], ...extra };
  return {
    sourcePath,
    comments: true,
    draft: false,
    wantedPermalink: expandPermalink(PATTERN, { ...fields, relativePath: sourcePath, permalink: extra.ownPermalink }, TIME_ZONE),
    excerpt: '',
    readingMinutes: 1,
    characterCount: 1,
    headings: [],
    htmlKey: sourcePath,
    warnings: [],
    extra: {},
    ...fields,
  };
}

const HEXO: HexoUrls = { categoryDir: 'categories', tagDir: 'tags', archiveDir: 'archives', paginationDir: 'page', filenameCase: 0, defaultCategory: 'uncategorized' };

function plan(records: ArticleRecord[], hexo: Partial<HexoUrls> = {}, pageSize = 2) {
  const site = buildSiteModel(records, {
    includeDrafts: false,
    now: new Date('2030-01-01T00:00:00Z'),
    base: '/blog/',
    timeZone: TIME_ZONE,
    taxonomySlugify: hexoSlugify(0),
    fingerprint: '',
  });
  return planHexoRedirects(site, { hexo: { ...HEXO, ...hexo }, pattern: PATTERN, timeZone: TIME_ZONE, categoryMap: {}, pageSize, base: '/blog/' });
}

describe('planHexoRedirects', () => {
  test('sends the Hexo path of an article with a character Clippings replaces to its new address', () => {
    const { redirects, refused } = plan([record('打折 50% 的课程.md', '2022-02-23T09:50:30Z'), record('普通文章.md', '2022-02-24T09:50:30Z')]);
    expect(redirects).toEqual([{ from: '2022/02/打折 50% 的课程/', to: '/blog/2022/02/%E6%89%93%E6%8A%98%2050_%20%E7%9A%84%E8%AF%BE%E7%A8%8B/' }]);
    expect(refused).toEqual([]);
  });

  test('refuses an address Hexo never served (a # starts a fragment), and leaves an address another article now has', () => {
    const { redirects, refused } = plan([
      record('a.md', '2022-02-23T09:50:30Z', { ownPermalink: 'notes/c#-tips/' }),
      record('b.md', '2022-02-24T09:50:30Z', { ownPermalink: 'notes/x_y/' }),
      record('c.md', '2022-02-25T09:50:30Z', { ownPermalink: 'notes/x|y/' }),
    ]);
    expect(refused).toEqual([expect.objectContaining({ from: 'notes/c#-tips/', reason: expect.stringMatching(/fragment/) })]);
    // c wanted notes/x_y/ too; b, older, kept it; c is at notes/x_y-2/, and Hexo's notes/x|y/ leads there.
    expect(redirects.filter((redirect) => redirect.from.startsWith('notes/'))).toEqual([{ from: 'notes/x|y/', to: '/blog/notes/x_y-2/' }]);
  });

  const records = (count: number) => Array.from({ length: count }, (_, index) => record(`${index}.md`, `2022-0${index + 1}-10T00:00:00Z`));

  test('moves every page of every list whose folder the Hexo site had elsewhere', () => {
    const { redirects } = plan(records(4), { tagDir: 'tag', paginationDir: 'p' });
    const from = redirects.map((redirect) => redirect.from);
    expect(redirects).toContainEqual({ from: 'tag/Web-Dev/', to: '/blog/tags/Web-Dev/' });
    expect(redirects).toContainEqual({ from: 'tag/Web-Dev/p/2/', to: '/blog/tags/Web-Dev/page/2/' });
    expect(redirects).toContainEqual({ from: 'p/2/', to: '/blog/page/2/' });
    expect(redirects).toContainEqual({ from: 'categories/编程/p/2/', to: '/blog/categories/%E7%BC%96%E7%A8%8B/page/2/' });
    expect(redirects).toContainEqual({ from: 'archives/p/2/', to: '/blog/page/2/' });
    // Page 1 of a category did not move; a month with one article has one page.
    expect(from).not.toContain('categories/编程/');
    expect(from).not.toContain('archives/2022/01/p/2/');
  });

  test("with Hexo's own folders and full pages, only the archive's later pages move", () => {
    expect(plan(records(4)).redirects).toEqual([{ from: 'archives/page/2/', to: '/blog/page/2/' }]);
  });

  // Hexo's last page was short; here page 1 holds the rest (paginate.ts), so a list has one page fewer.
  test("sends Hexo's short last page of every list to the last page here", () => {
    const { redirects } = plan(records(5));
    expect(redirects).toEqual(
      expect.arrayContaining([
        { from: 'page/3/', to: '/blog/page/2/' },
        { from: 'archives/page/3/', to: '/blog/page/2/' },
        { from: 'tags/Web-Dev/page/3/', to: '/blog/tags/Web-Dev/page/2/' },
        { from: 'categories/编程/page/3/', to: '/blog/categories/%E7%BC%96%E7%A8%8B/page/2/' },
      ]),
    );
    // Pages 1 and 2 are where they were.
    expect(redirects.map((redirect) => redirect.from)).not.toContain('page/2/');
    expect(plan(records(3)).redirects).toContainEqual({ from: 'page/2/', to: '/blog/' });
  });
});
