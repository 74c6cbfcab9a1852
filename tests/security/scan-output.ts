import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Something in a built file that could run, load or redirect, with where it was found. */
export interface Finding {
  file: string;
  what: string;
}

const pageParser = unified().use(rehypeParse);
const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Attributes whose value is a URL a browser may load or follow. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'srcSet', 'background', 'cite', 'xLinkHref', 'codeBase', 'ping'];
/** Elements that no page of the site should ever contain. */
const FORBIDDEN_ELEMENTS = new Set(['base', 'object', 'embed', 'applet', 'frame', 'frameset', 'style', 'portal']);
/** Elements the site's own templates may use, but that never come from an article. */
const FORBIDDEN_IN_ARTICLES = new Set(['noscript', 'template', 'form', 'input', 'button', 'textarea', 'select', 'meta', 'link', 'title', 'iframe']);

/**
 * Everything in an HTML document (or fragment, such as a feed item's content) that could execute or take over a
 * page: script elements other than the site's own files and JSON-LD, event-handler attributes, dangerous URL
 * schemes, `srcdoc`, refresh and `<base>`, plugins, style elements and script in style attributes, forms that post
 * elsewhere, and ids or names in article bodies that could clobber globals. Parsed with parse5 (as a browser does).
 */
export function scanHtml(html: string, file: string, options: { fragment?: boolean } = {}): Finding[] {
  const tree = (options.fragment ? fragmentParser : pageParser).parse(html) as Root;
  const findings: Finding[] = [];
  const found = (what: string) => findings.push({ file, what });
  const inBody = articleBodyElements(tree);
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName;
    const props = node.properties;
    if (FORBIDDEN_ELEMENTS.has(tag)) found(`<${tag}>`);
    // Exceptions: embedded https frames (videos), and GFM task lists' disabled checkboxes, the only input the
    // sanitizer keeps (GitHub's schema).
    const allowed = (tag === 'iframe' && isHttps(String(props.src ?? ''))) || (tag === 'input' && props.type === 'checkbox' && props.disabled === true);
    if (inBody.has(node) && FORBIDDEN_IN_ARTICLES.has(tag) && !allowed) found(`<${tag}> in an article body`);
    if (tag === 'script') {
      const type = String(props.type ?? '');
      const src = String(props.src ?? '');
      if (type === 'application/ld+json') {
        const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        if (/</.test(text)) found('a `<` inside a JSON-LD block');
        try {
          JSON.parse(text);
        } catch {
          found('a JSON-LD block that is not JSON');
        }
      } else if (!isOwnUrl(src) || node.children.length > 0) found(`<script${src ? ` src="${src}"` : ''}> with ${node.children.length} child node(s)`);
    }
    if (tag === 'iframe' && props.srcDoc !== undefined) found('<iframe srcdoc>');
    if (tag === 'meta' && props.httpEquiv !== undefined && String(props.httpEquiv).toLowerCase() !== 'content-security-policy') found(`<meta http-equiv="${props.httpEquiv}">`);
    if (tag === 'link' && !['canonical', 'prev', 'next', 'alternate', 'icon', 'sitemap'].includes(String(props.rel ?? '')) && !isOwnUrl(String(props.href ?? ''))) {
      found(`<link rel="${props.rel}" href="${props.href}">`);
    }
    if (tag === 'form' && !isOwnUrl(String(props.action ?? ''))) found(`<form action="${props.action}">`);
    for (const [name, value] of Object.entries(props)) {
      if (/^on/i.test(name)) found(`${name} on <${tag}>`);
      if (name === 'style' && /expression\s*\(|javascript:|url\s*\(/i.test(String(value))) found(`style="${value}" on <${tag}>`);
      if (URL_ATTRIBUTES.includes(name) && isDangerousUrl(String(value))) found(`${name}="${value}" on <${tag}>`);
    }
    if (inBody.has(node)) {
      for (const name of ['id', 'name'] as const) {
        const value = props[name];
        if (value !== undefined && !String(value).startsWith('user-content-')) found(`${name}="${value}" on <${tag}> in an article body`);
      }
    }
  });
  return findings;
}

/** A path on this site (`/…`), not a protocol-relative or absolute URL elsewhere. */
function isOwnUrl(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

function isHttps(url: string): boolean {
  return url.startsWith('https://');
}

/** A URL that would run script or a document: what browsers see after removing whitespace and control characters. */
function isDangerousUrl(url: string): boolean {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data|livescript|mocha):/.test(squeezed);
}

/** The elements inside article bodies (`.prose`), where every id and name comes from the article. */
function articleBodyElements(tree: Root): Set<Element> {
  const inside = new Set<Element>();
  visit(tree, 'element', (element: Element) => {
    const classes = [element.properties.className ?? []].flat().map(String);
    if (!classes.includes('prose')) return;
    visit(element, 'element', (child: Element) => void (child !== element && inside.add(child)));
  });
  return inside;
}

/** Every file under `dir`, relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Read a built file as text. */
export function readText(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}
