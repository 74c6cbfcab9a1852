import { describe, expect, test } from 'vitest';
import { parseHtmlFragment } from './detect-body-format.ts';
import { extractText } from './extract-text.ts';

const text = (html: string) => extractText(parseHtmlFragment(html));

describe('extractText', () => {
  test('adds nothing between inline elements', () => {
    expect(text('<p>知识图技<a href="/x">术</a><strong>公司</strong></p>')).toBe('知识图技术公司');
  });

  test('leaves comments out', () => {
    expect(text('<p>a<!-- 注释 -->b</p>')).toBe('ab');
  });

  test('puts paragraphs, headings, list items and line breaks on their own lines', () => {
    expect(text('<div>\n  <h2>标题</h2><p>第一段。</p><p>第二段。</p><ul><li>一</li><li>二</li></ul>行<br>尾</div>')).toBe(
      '标题\n第一段。\n第二段。\n一\n二\n行\n尾',
    );
  });

  test('collapses whitespace inside a line and drops blank lines', () => {
    expect(text('<p>  Full   credits \n\n  Adrien,&nbsp; Alvaro </p>\n\n\n<p> </p>')).toBe('Full credits Adrien, Alvaro');
  });

  test('keeps table cells of a row on one line', () => {
    expect(text('<table><tr><th>平台</th><th>份额</th></tr><tr><td>Android</td><td>72%</td></tr></table>')).toBe('平台 份额\nAndroid 72%');
  });
});
