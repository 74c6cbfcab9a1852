import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../report/problem.ts';
import type { ParseArticleResult } from './article.ts';
import { parseArticle } from './parse-article.ts';

const problemsDir = new URL('../../../tests/fixtures/problems/', import.meta.url);
const archiveDir = fileURLToPath(new URL('../../../tests/fixtures/archive/', import.meta.url));
const timeZone = 'Asia/Shanghai';

/** Archive articles whose categories differ from their folders, copied unchanged from the source archive. */
const ARCHIVE_CATEGORY_QUIRKS: Record<string, string[]> = {
  '新媒体/36kr/资讯/100 亿美元，微软收购了一个有 3 亿人口的「互联网社会」.md': ['新媒体', '36kr', '— 资讯'],
};

function parseFixture(name: string): ParseArticleResult {
  const raw = readFileSync(new URL(name, problemsDir), 'utf8');
  return parseArticle(raw, { file: `content/problems/${name}`, timeZone });
}

function messages(result: ParseArticleResult): string[] {
  expect(result.ok).toBe(false);
  return result.problems.map(formatProblem);
}

function parsed(result: ParseArticleResult) {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

describe('parseArticle', () => {
  test('throws for a time zone that is not an IANA name, as that is configuration', () => {
    expect(() => parseArticle('---\ntitle: a\n---\n', { file: 'a.md', timeZone: 'Beijing' })).toThrow(/IANA/);
  });

  test('rejects a file without front matter', () => {
    expect(messages(parseFixture('no-front-matter.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/no-front-matter.md:1: The file has no front matter. It must start with a \`---\` line, then fields such as \`title:\` and \`date:\`, then a closing \`---\` line. Add front matter, or move the file out of the content folder.",
      ]
    `);
  });

  test('rejects front matter that is never closed', () => {
    expect(messages(parseArticle('\n---\ntitle: a\n', { file: 'a.md', timeZone }))).toMatchInlineSnapshot(`
      [
        "a.md:2: The front matter is never closed. Add a \`---\` line after the last field.",
      ]
    `);
  });

  test('rejects JavaScript front matter without running it', () => {
    const raw = '---js\n{ title: (globalThis.ran = "yes") }\n---\n';
    expect(messages(parseArticle(raw, { file: 'a.md', timeZone }))).toMatchInlineSnapshot(`
      [
        "a.md:1: The file has no front matter. It must start with a \`---\` line, then fields such as \`title:\` and \`date:\`, then a closing \`---\` line. Add front matter, or move the file out of the content folder.",
      ]
    `);
    expect((globalThis as { ran?: string }).ran).toBeUndefined();
  });

  test('rejects front matter that is not a mapping', () => {
    expect(messages(parseArticle('\n---\n- a\n- b\n---\n', { file: 'a.md', timeZone }))).toMatchInlineSnapshot(`
      [
        "a.md:3: The front matter is not a list of \`key: value\` fields. Write one field per line, such as \`title: …\`.",
      ]
    `);
  });

  test('reports a YAML syntax error on its line in the original file', () => {
    expect(messages(parseFixture('yaml-syntax-error.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/yaml-syntax-error.md:4: The front matter is not valid YAML: can not read a block mapping entry; a multiline key may not be an implicit key. Fix the YAML on this line or the one before it; quote a value that contains \`: \` or \` #\`, or starts with a quote, \`[\`, \`{\`, \`*\`, \`&\`, \`!\`, \`|\`, \`>\` or \`@\`.",
      ]
    `);
  });

  test('reports an unparseable date', () => {
    expect(messages(parseFixture('date-unparseable.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/date-unparseable.md:11: front matter \`date\`: expected a date (RFC 2822, ISO 8601, YYYY-MM-DD HH:mm:ss or a YAML timestamp), received "yesterday". Fix the value.",
      ]
    `);
  });

  test('reports a missing title', () => {
    expect(messages(parseFixture('title-missing.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/title-missing.md: front matter \`title\`: expected a non-empty text, received nothing. Add a \`title:\` line to the front matter.",
      ]
    `);
  });

  test('reports an empty title', () => {
    expect(messages(parseFixture('title-empty.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/title-empty.md:3: front matter \`title\`: expected a non-empty text, received "". Fix the value.",
      ]
    `);
  });

  test('reports a javascript: thumbnail', () => {
    expect(messages(parseFixture('thumbnail-javascript-url.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/thumbnail-javascript-url.md:12: front matter \`thumbnail\`: expected an http(s) URL, received "javascript:alert(document.cookie)". Fix the value or remove the field.",
      ]
    `);
  });

  test('reports categories of the wrong type', () => {
    expect(messages(parseFixture('categories-wrong-type.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/categories-wrong-type.md:4: front matter \`categories\`: expected a category name, a list of names, or a list of such lists, received a mapping {"top":"新媒体","source":"36kr"}. Fix the value or remove the field.",
      ]
    `);
  });

  test('reports every bad field of a file, not only the first', () => {
    expect(messages(parseFixture('several-errors.md'))).toMatchInlineSnapshot(`
      [
        "content/problems/several-errors.md:8: front matter \`headimg\`: expected an http(s) URL, received "/images/kuaishou.jpg". Fix the value or remove the field.",
        "content/problems/several-errors.md:10: front matter \`comments\`: expected true or false, received "no". Fix the value or remove the field.",
        "content/problems/several-errors.md:11: front matter \`date\`: expected a date (RFC 2822, ISO 8601, YYYY-MM-DD HH:mm:ss or a YAML timestamp), received "2022年2月23日". Fix the value.",
      ]
    `);
  });

  test('gives each problem a file, field, line, rule id and severity', () => {
    expect(parseFixture('date-unparseable.md').problems).toEqual([
      expect.objectContaining({ file: 'content/problems/date-unparseable.md', field: 'date', line: 11, ruleId: 'front-matter-invalid-date', severity: 'error' }),
    ]);
  });

  test('counts lines in the original file despite a BOM, CRLF and blank lines before ---', () => {
    const raw = '\uFEFF\r\n\r\n---\r\ntitle: a\r\ndate: yesterday\r\n---\r\nbody\r\n';
    expect(messages(parseArticle(raw, { file: 'a.md', timeZone }))[0]).toMatch(/^a\.md:5: /);
  });

  test('reads a file with a BOM, CRLF line endings and a blank line before ---', () => {
    const result = parsed(parseFixture('good/bom-crlf.md'));
    expect(result.frontMatter.title).toBe('快手切断淘宝京东外链，大搞品牌电商闭环？');
    expect(result.frontMatter.date).toEqual(new Date('2022-02-23T09:50:30Z'));
    expect(result.body).toBe('\n<div>\n<p>正文。</p>\n</div>\n');
    expect(result.bodyStartLine).toBe(14);
  });

  test('reads unquoted YAML timestamps in the site time zone unless they carry an offset', () => {
    const { frontMatter } = parsed(parseFixture('good/yaml-timestamp.md'));
    expect(frontMatter.date).toEqual(new Date('2022-02-23T09:50:30Z'));
    expect(frontMatter.updated).toEqual(new Date('2022-02-24T01:00:00Z'));
    const utc = parsed(parseArticle('---\ntitle: 2021-05-01\ndate: 2022-02-23 17:50:30\n---\n', { file: 'a.md', timeZone: 'UTC' }));
    expect(utc.frontMatter).toMatchObject({ title: '2021-05-01', date: new Date('2022-02-23T17:50:30Z') });
    const offset = parsed(parseArticle('---\ntitle: a\ndate: 2022-02-23 17:50:30 +02:00\n---\n', { file: 'a.md', timeZone }));
    expect(offset.frontMatter.date).toEqual(new Date('2022-02-23T15:50:30Z'));
  });

  test('treats empty values as absent', () => {
    const { frontMatter } = parsed(parseFixture('good/empty-values.md'));
    expect(frontMatter).toEqual({
      title: '空值',
      date: new Date('2022-02-23T09:50:30Z'),
      categories: [['新媒体', '36kr', '资讯']],
      tags: [],
      comments: true,
      draft: false,
      extra: {},
    });
  });

  test('reads a list of category lists as several hierarchies', () => {
    const { frontMatter } = parsed(parseFixture('good/categories-list-of-lists.md'));
    expect(frontMatter.categories).toEqual([['新媒体', '36kr', '资讯'], ['科技', '电商'], ['快讯']]);
    expect(frontMatter.tags).toEqual(['快手', '电商']);
  });

  test('reads a draft', () => {
    expect(parsed(parseFixture('good/draft.md')).frontMatter.draft).toBe(true);
  });

  test('does not fill gray-matter’s unbounded cache', () => {
    parseFixture('good/draft.md');
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });

  test('reads every article of the fixture archive with its folder as category hierarchy', () => {
    const files = readdirSync(archiveDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(36);
    for (const file of files) {
      const raw = readFileSync(join(archiveDir, file), 'utf8');
      const result = parsed(parseArticle(raw, { file: `content/${file}`, timeZone }));
      const expected = ARCHIVE_CATEGORY_QUIRKS[file] ?? file.split('/').slice(0, -1);
      expect(result.frontMatter.categories, file).toEqual([expected]);
      if (raw.includes('\nthumbnail:')) expect(result.frontMatter.thumbnail, file).toMatch(/^https:\/\//);
      // The body starts right after the closing `---`.
      expect(raw.split('\n')[result.bodyStartLine - 2], file).toBe('---');
      expect(result.problems, file).toEqual([]);
    }
  });
});
