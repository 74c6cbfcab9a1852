import { describe, expect, test } from 'vitest';
import { classifyBody, detectBodyFormat } from './detect-body-format.ts';
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

  test('hands back the parsed fragment tree', () => {
    const { format, tree } = classifyBody('<p>a</p>');
    expect(format).toBe('html');
    expect(tree.children).toMatchObject([{ type: 'element', tagName: 'p' }]);
  });
});
