import { describe, expect, test } from 'vitest';
import { BODY_VECTORS } from './hostile-vectors.ts';
import { scanHtml } from './scan-output.ts';

// The hostile build test trusts this scanner to find nothing in the built site; here it must find every vector
// in its raw, unsanitized form, or it would be blind to it.
describe('scanHtml', () => {
  const live = BODY_VECTORS.filter((vector) => !vector.inertAsParsed);
  test.each(live.map((vector) => [vector.id, vector.payload]))('finds %s in an unsanitized article body', (_id, payload) => {
    expect(scanHtml(`<!doctype html><html><body><div class="prose">${payload}</div></body></html>`, 'page.html').length).toBeGreaterThan(0);
  });

  test('finds nothing in a clean page with the site\'s own scripts, JSON-LD, search form and a sanitized body', () => {
    const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'">
      <script src="/theme.js"></script><script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003cb>"}</script>
      <link rel="canonical" href="https://example.com/a/"><link rel="stylesheet" href="/_astro/a.css"></head>
      <body><form role="search" action="/search/"><input name="q"></form><noscript>JS off</noscript>
      <div class="prose"><p id="user-content-x">正文 <a href="https://example.com/">链接</a></p><img src="https://example.com/a.jpg" alt="">
      <iframe src="https://player.example.com/v/1" title="视频"></iframe><input type="checkbox" disabled></div>
      <script type="module" src="/_astro/search.js"></script></body></html>`;
    expect(scanHtml(page, 'page.html')).toEqual([]);
  });
});
