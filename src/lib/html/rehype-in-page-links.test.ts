import { describe, expect, test } from 'vitest';
import rehypeInPageLinks from './rehype-in-page-links.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeInPageLinks);

describe('rehypeInPageLinks', () => {
  test('leaves relative, external and dangling fragment links alone', () => {
    const html = '<a href="other.html#a">1</a><a href="https://axisstudiosgroup.com/work/avowed/#fullCreditDetails">2</a><a href="#missing">3</a><h2 id="a">A</h2>';
    expect(run(html)).toBe(html);
  });

  test('points a fragment link at the prefixed id', () => {
    expect(run('<a href="#intro">跳转</a><h2 id="intro">引言</h2>')).toBe('<a href="#user-content-intro">跳转</a><h2 id="intro">引言</h2>');
  });

  test('follows named anchors and percent-encoded Chinese fragments', () => {
    expect(run('<a href="#%E4%B8%80">1</a><h2 id="一">一</h2><a href="#n">2</a><a name="n"></a>')).toBe(
      '<a href="#user-content-%E4%B8%80">1</a><h2 id="一">一</h2><a href="#user-content-n">2</a><a name="n"></a>',
    );
  });

  test('honours a custom prefix', () => {
    expect(transformHtmlToString('<a href="#x">x</a><p id="x"></p>', [rehypeInPageLinks, { prefix: 'c-' }])).toBe('<a href="#c-x">x</a><p id="x"></p>');
  });
});
