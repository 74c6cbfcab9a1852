import { describe, expect, test } from 'vitest';
import rehypeCollapseHeadingWhitespace from './rehype-collapse-heading-whitespace.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeCollapseHeadingWhitespace);

describe('rehypeCollapseHeadingWhitespace', () => {
  test('leaves whitespace outside headings alone', () => {
    expect(run('<p>\n   a  b\n</p><pre>  x\n  y</pre>')).toBe('<p>\n   a  b\n</p><pre>  x\n  y</pre>');
  });

  test('leaves a tidy heading alone', () => {
    expect(run('<h2>C和C++ <em>有哪些</em> 限制？</h2>')).toBe('<h2>C和C++ <em>有哪些</em> 限制？</h2>');
  });

  test('collapses and trims an indented heading', () => {
    expect(run('<h3 class="mb-0">\n                            Senior   team\n                        </h3>')).toBe('<h3 class="mb-0">Senior team</h3>');
  });

  test('collapses whitespace across inline elements', () => {
    expect(run('<h2>\n <a href="/c">\n Buddha Jones/Obsidian \n</a>\n <em> Entertainment </em>\n</h2>')).toBe(
      '<h2><a href="/c">Buddha Jones/Obsidian </a><em>Entertainment</em></h2>',
    );
  });
});
