import { describe, expect, test } from 'vitest';
import rehypeHeadingLevels from './rehype-heading-levels.ts';
import { transformHtmlToString } from './test-helpers.ts';

describe('rehypeHeadingLevels', () => {
  test('leaves an outline without gaps alone', () => {
    const html = '<h2>一</h2><h3>二</h3><h3>三</h3><h2>四</h2><h3>五</h3>';
    expect(transformHtmlToString(html, rehypeHeadingLevels)).toBe(html);
  });

  test('closes a skipped level, keeping attributes and content', () => {
    expect(transformHtmlToString('<h2>一</h2><h4 id="x">二<em>级</em></h4><h5>三</h5>', rehypeHeadingLevels)).toBe(
      '<h2>一</h2><h3 id="x">二<em>级</em></h3><h4>三</h4>',
    );
  });

  test('makes a body that starts deep start right under the title', () => {
    expect(transformHtmlToString('<p>引言</p><h4>小节</h4><h2>章</h2>', rehypeHeadingLevels)).toBe(
      '<p>引言</p><h2>小节</h2><h2>章</h2>',
    );
  });

  test('never produces a heading at the title rank or above', () => {
    expect(transformHtmlToString('<h1>一</h1>', [rehypeHeadingLevels, { parentRank: 1 }])).toBe('<h2>一</h2>');
  });
});
