import { describe, expect, test } from 'vitest';
import { createFrontMatterSchema } from './front-matter-schema.ts';

const schema = createFrontMatterSchema('Asia/Shanghai');
const base = { title: '快手', date: 'Wed, 23 Feb 2022 09:50:30 GMT' };

/** `path: message` for each issue, or the resolved front matter. */
function parse(data: Record<string, unknown>) {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? result.data : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const fails = (fields: Record<string, unknown>) => parse({ ...base, ...fields }) as string[];
const resolves = (fields: Record<string, unknown>) => {
  const result = parse({ ...base, ...fields });
  if (Array.isArray(result)) throw new Error(result.join('\n'));
  return result;
};

describe('createFrontMatterSchema', () => {
  test('requires title and date', () => {
    expect(parse({})).toEqual([
      'title: a non-empty text',
      'date: a date (RFC 2822, ISO 8601, YYYY-MM-DD HH:mm:ss or a YAML timestamp)',
    ]);
  });

  test.each([[''], ['   '], [null], [[]], [['a']], [{ a: 1 }], [true]])('rejects the title %j', (title) => {
    expect(fails({ title })).toEqual(['title: a non-empty text']);
  });

  test.each([['yesterday'], [''], [null], [20220223], [true]])('rejects the date %j', (date) => {
    expect(fails({ date })).toEqual([
      'date: a date (RFC 2822, ISO 8601, YYYY-MM-DD HH:mm:ss or a YAML timestamp)',
    ]);
  });

  test.each([
    ['javascript:alert(1)'],
    ['/images/a.jpg'],
    ['images/a.jpg'],
    ['//img.example.com/a.jpg'],
    ['ftp://example.com/a.jpg'],
    ['data:image/png;base64,AAAA'],
    ['not a url'],
    [42],
  ])('rejects the image URL %j', (url) => {
    expect(fails({ headimg: url, thumbnail: url, cover: url })).toEqual([
      'headimg: an http(s) URL',
      'thumbnail: an http(s) URL',
      'cover: an http(s) URL',
    ]);
  });

  test('rejects categories that are not names or lists of names', () => {
    expect(fails({ categories: true })).toEqual(['categories: a category name, a list of names, or a list of such lists']);
    expect(fails({ categories: { top: '新媒体' } })).toEqual([
      'categories: a category name, a list of names, or a list of such lists',
    ]);
    expect(fails({ categories: ['新媒体', { b: 1 }, false] })).toEqual([
      'categories.1: a category name (text)',
      'categories.2: a category name (text)',
    ]);
    expect(fails({ categories: [['A', ['B']], 'C'] })).toEqual(['categories.0.1: a category name (text)']);
  });

  test('rejects tags that are not names or a flat list of names', () => {
    expect(fails({ tags: { a: 1 } })).toEqual(['tags: a tag name or a list of tag names']);
    expect(fails({ tags: ['a', ['b']] })).toEqual(['tags.1: a tag name (text)']);
  });

  test('rejects bad booleans, formats and texts', () => {
    expect(fails({ comments: 'no', draft: 'yes', published: 0, format: 'pdf', author: { name: 'x' } })).toEqual([
      'author: a text',
      'comments: true or false',
      'draft: true or false',
      'published: true or false',
      'format: `html` or `markdown`',
    ]);
  });

  test('resolves the 36kr seed front matter with defaults', () => {
    expect(
      resolves({
        categories: ['新媒体', '36kr', '资讯'],
        headimg: 'https://img.36krcdn.com/a',
        author: '36kr',
        comments: false,
        thumbnail: 'https://img.36krcdn.com/a',
      }),
    ).toEqual({
      title: '快手',
      date: new Date('2022-02-23T09:50:30.000Z'),
      categories: [['新媒体', '36kr', '资讯']],
      tags: [],
      author: '36kr',
      cover: 'https://img.36krcdn.com/a',
      thumbnail: 'https://img.36krcdn.com/a',
      comments: false,
      draft: false,
      extra: {},
    });
  });

  test('turns YAML numbers and dates in the title into the text that was written', () => {
    expect(resolves({ title: 2021 }).title).toBe('2021');
    expect(resolves({ title: 3.5 }).title).toBe('3.5');
    expect(resolves({ title: new Date('2021-05-01T00:00:00Z') }).title).toBe('2021-05-01');
    expect(resolves({ title: '  快手  ' }).title).toBe('快手');
  });

  test.each([
    ['a name', '新媒体', [['新媒体']]],
    ['a list as one hierarchy', ['新媒体', '36kr', '资讯'], [['新媒体', '36kr', '资讯']]],
    ['a list of lists as several hierarchies', [['A', 'B'], ['C']], [['A', 'B'], ['C']]],
    ['names beside lists as one-level hierarchies', ['A', ['B', 'C']], [['A'], ['B', 'C']]],
    ['numbers and dates as text', [2022, 36, new Date('2022-02-23T00:00:00Z')], [['2022', '36', '2022-02-23']]],
    ['trimmed names without empties', [' A ', '', null, 'B'], [['A', 'B']]],
    ['without empty or repeated hierarchies', [['A', 'B'], [], [null], ['A', 'B'], 'C'], [['A', 'B'], ['C']]],
    ['a repeated name inside one hierarchy (A > A is a real path)', ['A', 'A'], [['A', 'A']]],
  ])('reads categories given as %s', (_form, categories, expected) => {
    expect(resolves({ categories }).categories).toEqual(expected);
  });

  test.each([
    ['a name', '快手', ['快手']],
    ['a list', ['快手', '电商'], ['快手', '电商']],
    ['a list with repeats, empties and numbers', [' 快手 ', '', null, '快手', 2022], ['快手', '2022']],
  ])('reads tags given as %s', (_form, tags, expected) => {
    expect(resolves({ tags }).tags).toEqual(expected);
  });

  test('treats empty values as absent', () => {
    const empties = { thumbnail: '', headimg: '  ', cover: null, tags: null, categories: [], author: '', description: null, comments: null, draft: '', updated: '', format: '', slug: '', permalink: null };
    expect(resolves(empties)).toEqual({ ...resolves({}), extra: {} });
    expect(resolves({})).toMatchObject({ categories: [], tags: [], comments: true, draft: false });
  });

  test('picks cover from headimg, then cover, and thumbnail from thumbnail, then cover, then headimg', () => {
    const [h, c, t] = ['https://x.test/h.jpg', 'https://x.test/c.jpg', 'https://x.test/t.jpg'];
    expect(resolves({ headimg: h })).toMatchObject({ cover: h, thumbnail: h });
    expect(resolves({ cover: c })).toMatchObject({ cover: c, thumbnail: c });
    expect(resolves({ headimg: h, cover: c })).toMatchObject({ cover: h, thumbnail: c });
    expect(resolves({ thumbnail: t })).toEqual(expect.not.objectContaining({ cover: expect.anything() }));
    expect(resolves({ headimg: h, cover: c, thumbnail: t })).toMatchObject({ cover: h, thumbnail: t });
  });

  test('marks drafts from draft: true or published: false', () => {
    expect(resolves({ draft: true }).draft).toBe(true);
    expect(resolves({ published: false }).draft).toBe(true);
    expect(resolves({ draft: false, published: true }).draft).toBe(false);
  });

  test('reads updated, author, description, slug, permalink and format', () => {
    expect(
      resolves({ updated: '2022-02-24 08:00:00', author: ' 36kr ', description: ' 摘要 ', slug: 2022, permalink: '2022/kuaishou/', format: ' HTML ' }),
    ).toMatchObject({
      updated: new Date('2022-02-24T00:00:00.000Z'),
      author: '36kr',
      description: '摘要',
      slug: '2022',
      permalink: '2022/kuaishou/',
      format: 'html',
    });
  });

  test('keeps unknown keys in extra with JSON-safe values', () => {
    const extra = resolves({ layout: 'post', photos: ['https://x.test/a.jpg'], source: { fetched: new Date('2022-01-01T00:00:00Z'), score: Number.NaN }, empty: null }).extra;
    expect(extra).toEqual({
      layout: 'post',
      photos: ['https://x.test/a.jpg'],
      source: { fetched: '2022-01-01T00:00:00.000Z', score: null },
      empty: null,
    });
    expect(JSON.parse(JSON.stringify(extra))).toEqual(extra);
  });
});
