import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { isWhitespaceText } from './hast-helpers.ts';

/** How an article body is written. */
export type BodyFormat = 'html' | 'markdown';

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Parse an article body as an HTML fragment (no `<html>`/`<body>` wrapper), with positions for messages. */
export function parseHtmlFragment(body: string | VFile): Root {
  return fragmentParser.parse(body);
}

/** A body classified: an HTML body comes with its fragment tree, so that it is parsed only once. */
export type ClassifiedBody = { format: 'html'; tree: Root } | { format: 'markdown' };

/**
 * Whitespace that {@link isWhitespaceText} allows at the top level, then the first character that starts top-level
 * text for the HTML parser: anything but `<` (a tag or comment), `&` (a reference, which may stand for whitespace)
 * and NUL (which the parser drops).
 */
const LEADING_TEXT = /^[\s\u200b-\u200d]*[^\s\u200b-\u200d<&\0]/;

/**
 * Classify a body and hand back the fragment tree of an HTML body. The rule is {@link detectBodyFormat}'s. A body
 * whose first visible character is text is Markdown without parsing it as HTML: the fragment would begin with that
 * text. Scraped bodies start with a tag; Markdown ones mostly with text, and the Markdown parser reads them anyway.
 */
export function classifyBody(body: string | VFile): ClassifiedBody {
  // A file's text as the parser reads it: a missing value is empty, bytes are decoded.
  if (LEADING_TEXT.test(String(body))) return { format: 'markdown' };
  const tree = parseHtmlFragment(body);
  const isHtml = tree.children.every(
    (node) => node.type === 'element' || node.type === 'comment' || node.type === 'doctype' || isWhitespaceText(node),
  );
  return isHtml ? { format: 'html', tree } : { format: 'markdown' };
}

/**
 * Tell whether an article body is HTML or Markdown.
 *
 * The body is parsed as an HTML fragment. It is HTML when every top-level node is an element, a
 * comment, a doctype or whitespace-only text, which is the shape of scraped bodies (wrapped in
 * `<div>`). Any top-level text, such as a Markdown paragraph, heading or table, makes it Markdown
 * (even when it holds inline HTML). An empty body counts as HTML.
 */
export function detectBodyFormat(body: string): BodyFormat {
  return classifyBody(body).format;
}
