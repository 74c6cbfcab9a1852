import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../scripts/bench/prng.ts';
import { classifyBody, detectBodyFormat, parseHtmlFragment } from './detect-body-format.ts';
import { isWhitespaceText } from './hast-helpers.ts';
import { readArchiveBody, seedArticlePath } from './test-helpers.ts';

describe('detectBodyFormat', () => {
  test('reads a body that is only text as Markdown', () => {
    expect(detectBodyFormat('100亿，南宁最大母基金来了')).toBe('markdown');
  });

  test('reads Markdown with inline raw HTML as Markdown', () => {
    expect(detectBodyFormat('这是<strong>重点</strong>内容。\n\n<img src="/a.png">')).toBe('markdown');
  });

  test('reads a Markdown table and heading as Markdown', () => {
    expect(detectBodyFormat('# 标题\n\n| 平台 | 份额 |\n| --- | --- |\n| Android | 72% |\n')).toBe('markdown');
  });

  test('reads the 36kr seed body as HTML', () => {
    expect(detectBodyFormat(readArchiveBody(seedArticlePath))).toBe('html');
  });

  test('reads deeply indented HTML with blank lines and comments as HTML', () => {
    expect(detectBodyFormat('\n<div>   \n\n        <h3 class="mb-0">Skills</h3>\n\n\n                    <p>x</p>\n</div>\n<!-- end -->\n            ')).toBe('html');
  });

  test('reads an empty body as HTML', () => {
    expect(detectBodyFormat('')).toBe('html');
    expect(detectBodyFormat(' \n ')).toBe('html');
  });

  test('reads a file as the parser does: no value is an empty body, bytes are decoded', () => {
    expect(classifyBody(new VFile()).format).toBe('html');
    expect(classifyBody(new VFile({ value: new TextEncoder().encode('正文<p>x</p>') })).format).toBe('markdown');
    expect(classifyBody(new VFile({ value: new TextEncoder().encode('<p>正文</p>') })).format).toBe('html');
  });

  test('hands back the parsed fragment tree', () => {
    const classified = classifyBody('<p>a</p>');
    expect(classified).toMatchObject({ format: 'html', tree: { children: [{ type: 'element', tagName: 'p' }] } });
  });

  test('classifies generated bodies as the whole fragment parse does, text first or not', () => {
    // The rule parsed out in full: HTML when every top-level node is an element, comment, doctype or blank text.
    const parsedFormat = (body: string) =>
      parseHtmlFragment(body).children.every(
        (node) => node.type === 'element' || node.type === 'comment' || node.type === 'doctype' || isWhitespaceText(node),
      ) ? 'html' : 'markdown';
    // Blank characters of every kind, references that stand for blanks or text, NUL (dropped by the parser), markup.
    const pieces = [' ', '\n', '\r\n', '\t', '\f', '\v', '\u00a0', '\u3000', '\u200b', '\ufeff', '\0', '&#32;', '&#x9;',
      '&nbsp;', '&amp;', '&', '<', '<p>段落</p>', '<div>\n<img src="a.png">\n</div>', '<!-- more -->', '<!doctype html>',
      '</p>', '<br/>', '正文', 'text', '# 标题', '> 引用', '1.', '*', '`code`', '\ud842\udfb7'];
    const counts = { html: 0, markdown: 0 };
    for (let seed = 1; seed <= 2000; seed++) {
      const random = createRandom(seed);
      const body = Array.from({ length: random.int(0, 6) }, () => random.pick(pieces)).join('');
      const format = classifyBody(body).format;
      expect(format, JSON.stringify(body)).toBe(parsedFormat(body));
      counts[format]++;
    }
    // Both outcomes were generated often enough to mean something.
    expect(Math.min(counts.html, counts.markdown)).toBeGreaterThan(200);
  });
});
