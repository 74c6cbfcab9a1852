import { describe, expect, test } from 'vitest';
import rehypeDropEmpty from './rehype-drop-empty.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeDropEmpty);

describe('rehypeDropEmpty', () => {
  test('leaves paragraphs with text alone', () => {
    expect(run('<p>正文</p><p> 0 </p>')).toBe('<p>正文</p><p> 0 </p>');
  });

  test('never removes a paragraph holding embedded content', () => {
    const html = '<p><img src="/a.png"></p><p> <span><iframe src="https://youtube.com/embed/x"></iframe></span> </p><p><video src="/v.mp4"></video></p><h2><img src="/t.png"></h2>';
    expect(run(html)).toBe(html);
  });

  test('leaves other empty elements alone', () => {
    expect(run('<div> </div><ul><li></li></ul>')).toBe('<div> </div><ul><li></li></ul>');
  });

  test('removes paragraphs with only a line break, a no-break space or whitespace', () => {
    expect(run('<p>a</p><p><br></p><p>&nbsp;</p><p> \n\u3000\u200b</p><p><span> </span><br/></p><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  test('removes empty headings, including one holding only an empty link', () => {
    expect(run('<h2></h2><h3 class="mb-0 c-name">\n <a href="https://axisstudiosgroup.com/work/x/"></a>\n</h3><h2>一</h2>')).toBe('<h2>一</h2>');
  });

  test('honours a custom list of elements', () => {
    expect(transformHtmlToString('<p></p><li> </li>', [rehypeDropEmpty, { tagNames: ['li'] }])).toBe('<p></p>');
  });
});
