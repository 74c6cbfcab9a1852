import { describe, expect, test } from 'vitest';
import rehypeStripAttributes from './rehype-strip-attributes.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeStripAttributes);

describe('rehypeStripAttributes', () => {
  test('leaves meaningful attributes alone', () => {
    const html = '<a href="/a" title="t" class="x">a</a><img src="/a.png" alt="图" width="2" height="1"><table><tbody><tr><td colspan="2"></td></tr></tbody></table>';
    expect(run(html)).toBe(html);
  });

  test('removes inline styles, even with unescaped quotes', () => {
    expect(run('<p style="margin-left:0px;">a</p><h2 style>b</h2>')).toBe('<p>a</p><h2>b</h2>');
  });

  test('removes every data- attribute', () => {
    expect(run('<img src="/a.png" data-img-size-val="1,2" data-src="/b.png" data-1="x"><section data-tools="135编辑器" data-id="85">c</section>')).toBe(
      '<img src="/a.png"><section>c</section>',
    );
  });

  test('removes 36kr editor hints', () => {
    // rehype-parse already folds 36kr's duplicate `classname` attribute into `class`.
    expect(run('<p label="图片描述" classname="img-desc" class="img-desc">说明</p>')).toBe('<p class="img-desc img-desc">说明</p>');
  });

  test('removes editor state and WeChat, Xiumi and UEditor markers', () => {
    expect(
      run('<section powered-by="xiumi.us" mpa-from-tpl="t" contenteditable="true" spellcheck="false" draggable="false"><span leaf="" textstyle="">a</span><img _src="/x.png" src="/x.png"></section>'),
    ).toBe('<section><span>a</span><img src="/x.png"></section>');
  });

  test('honours custom lists', () => {
    expect(transformHtmlToString('<p style="x" title="t" x-foo="1">a</p>', [rehypeStripAttributes, { names: ['title'], prefixes: ['x-'] }])).toBe(
      '<p style="x">a</p>',
    );
  });
});
