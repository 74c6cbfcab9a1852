import { describe, expect, test } from 'vitest';
import rehypeDemoteH1 from './rehype-demote-h1.ts';
import { transformHtmlToString } from './test-helpers.ts';

describe('rehypeDemoteH1', () => {
  test('leaves other headings alone', () => {
    expect(transformHtmlToString('<h2>二</h2><h3>三</h3>', rehypeDemoteH1)).toBe('<h2>二</h2><h3>三</h3>');
  });

  test('turns body h1 headings into h2, keeping attributes and content', () => {
    expect(transformHtmlToString('<h1 id="a">一<em>级</em></h1><div><h1>再</h1></div>', rehypeDemoteH1)).toBe(
      '<h2 id="a">一<em>级</em></h2><div><h2>再</h2></div>',
    );
  });

  test('honours a custom tag name', () => {
    expect(transformHtmlToString('<h1>一</h1>', [rehypeDemoteH1, { tagName: 'h3' }])).toBe('<h3>一</h3>');
  });
});
