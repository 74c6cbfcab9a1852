import { describe, expect, test } from 'vitest';
import { renderArticleBody } from './pipeline.ts';
import rehypeScrollTables from './rehype-scroll-tables.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeScrollTables);

describe('rehypeScrollTables', () => {
  test('puts a table in a focusable, named box that scrolls', () => {
    expect(run('<p>a</p><table><tr><td>1</td></tr></table>')).toBe(
      '<p>a</p><div class="table-scroll" tabindex="0" role="region" aria-label="表格"><table><tbody><tr><td>1</td></tr></tbody></table></div>',
    );
  });

  test('names the box after the table\'s caption', () => {
    expect(run('<table><caption> 2021 年 营收 </caption><tr><td>1</td></tr></table>')).toContain('aria-label="2021 年 营收"');
  });

  test('gives each of nested and sibling tables a box of its own', () => {
    const html = run('<table><tr><td><table><tr><td>in</td></tr></table></td></tr></table><table><tr><td>2</td></tr></table>');
    expect(html.match(/class="table-scroll"/g)).toHaveLength(3);
  });

  test('keeps the box through the sanitizer, and nothing an article adds to a div', () => {
    const { html } = renderArticleBody('<table><tr><td>1</td></tr></table><div class="evil" tabindex="5" role="button" aria-label="x">d</div>', { format: 'html' });
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="表格"><table>');
    expect(html).toContain('<div aria-label="x">d</div>');
  });
});
