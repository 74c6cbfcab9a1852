import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { buildSearchDocument } from './build-search-document.ts';
import { decodeSearchCard } from './search-card.ts';
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
const options = { timeZone: 'Asia/Shanghai' };
const parse = (html: string) => unified().use(rehypeParse).parse(html);

describe('buildSearchDocument', () => {
  test('indexes the body tokens, in a language Pagefind does not segment', () => {
    const tree = parse(buildSearchDocument(record, '正文 内容 ，', options));
    expect(select('html', tree)!.properties.lang).toBe('und');
    const body = select('[data-pagefind-body]', tree)!;
    expect(toString(select('p', body)!)).toBe('正文 内容 ，');
    expect(select('h1', body)).toBeUndefined();
  });

  test('gives the title\'s tokens as searchable metadata, and what a result shows as a card', () => {
    const tree = parse(buildSearchDocument(record, '', options));
    const meta = Object.fromEntries(selectAll('[data-pagefind-meta]', tree).map((el) => [el.properties.dataPagefindMeta, toString(el)]));
    expect(meta.title).toBe('快手 切断 淘 宝 京 东 外 链');
    expect(decodeSearchCard(meta.card)).toEqual({ title: record.title, date: '2022年2月23日 17:50', source: '36kr', image: record.image });
    expect(toString(select('[data-pagefind-sort=date]', tree)!)).toBe('2022-02-23T09:50:30.000Z');
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

  test('escapes untrusted strings', () => {
    const html = buildSearchDocument({ ...record, title: '</span><script>alert(1)</script>', tags: ['<b>x</b>'] }, '<img src=x onerror=alert(1)>', options);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<img');
  });
});
