import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { buildSearchDocument } from './build-search-document.ts';
import type { SearchRecord } from './search-record.ts';

const record: SearchRecord = {
  href: '/2022/02/a/',
  title: '快手切断淘宝京东外链',
  date: '2022-02-23T09:50:30.000Z',
  source: '36kr',
  image: 'https://img.example.com/a.jpg?w=1,2',
  categories: [['新媒体', '36kr', '资讯']],
  tags: ['快手', '电商'],
  htmlKey: 'x',
};
const options = { lang: 'zh-CN', timeZone: 'Asia/Shanghai' };
const parse = (html: string) => unified().use(rehypeParse).parse(html);

describe('buildSearchDocument', () => {
  test('indexes only the title and the body, in the page language', () => {
    const tree = parse(buildSearchDocument(record, '<p>正文内容</p>', options));
    expect(select('html', tree)!.properties.lang).toBe('zh-CN');
    const body = select('[data-pagefind-body]', tree)!;
    expect(toString(select('h1', body)!)).toBe('快手切断淘宝京东外链');
    expect(select('h1', body)!.properties.dataPagefindWeight).toBe('7');
    expect(toString(select('p', body)!)).toBe('正文内容');
    expect(select('[data-pagefind-ignore]', body)).toBeDefined();
  });

  test('files the article under every category level, its tags, year and source', () => {
    const tree = parse(buildSearchDocument(record, '', options));
    const filters = selectAll('[data-pagefind-filter]', tree).map((el) => `${el.properties.dataPagefindFilter}=${toString(el)}`);
    expect(filters).toEqual([
      'year=2022',
      'category=新媒体',
      'category=新媒体 › 36kr',
      'category=新媒体 › 36kr › 资讯',
      'tag=快手',
      'tag=电商',
      'source=36kr',
    ]);
  });

  test('carries the metadata a result shows, and a sortable date', () => {
    const tree = parse(buildSearchDocument(record, '', options));
    const meta = Object.fromEntries(selectAll('[data-pagefind-meta]', tree).map((el) => [el.properties.dataPagefindMeta, toString(el)]));
    expect(meta).toEqual({
      title: '快手切断淘宝京东外链',
      date: '2022年2月23日 17:50',
      source: '36kr',
      image: 'https://img.example.com/a.jpg?w=1,2',
    });
    expect(toString(select('[data-pagefind-sort=date]', tree)!)).toBe('2022-02-23T09:50:30.000Z');
  });

  test('escapes untrusted front-matter strings', () => {
    const html = buildSearchDocument({ ...record, title: '</h1><script>alert(1)</script>', tags: ['<b>x</b>'] }, '', options);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(toString(select('h1', parse(html))!)).toBe('</h1><script>alert(1)</script>');
  });
});
