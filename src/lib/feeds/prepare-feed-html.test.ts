import { describe, expect, test } from 'vitest';
import { prepareFeedHtml } from './prepare-feed-html.ts';

describe('prepareFeedHtml', () => {
  test('drops the page\'s loading hints from images', () => {
    expect(prepareFeedHtml('<p><img src="https://a/1.png" alt="" width="10" height="5" loading="eager" decoding="async" fetchpriority="high" referrerpolicy="no-referrer"></p>')).toBe(
      '<p><img src="https://a/1.png" alt="" width="10" height="5" referrerpolicy="no-referrer"></p>',
    );
  });

  test('gives ids and in-page links back their own names', () => {
    expect(prepareFeedHtml('<h2 id="user-content-一">一</h2><p><a href="#user-content-一">一</a> <a href="#top">t</a> <a name="user-content-n">n</a></p>')).toBe(
      '<h2 id="一">一</h2><p><a href="#一">一</a> <a href="#top">t</a> <a name="n">n</a></p>',
    );
  });

  test('leaves everything else as it was', () => {
    const html = '<figure><video src="https://a/v.mp4" controls></video><figcaption>说明 &#x3C;b></figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>';
    expect(prepareFeedHtml(html)).toBe(html);
  });
});
