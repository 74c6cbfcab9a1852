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

/**
 * Classify a body and hand back the fragment tree, so that an HTML body is parsed only once.
 * The rule is {@link detectBodyFormat}'s.
 */
export function classifyBody(body: string | VFile): { format: BodyFormat; tree: Root } {
  const tree = parseHtmlFragment(body);
  const isHtml = tree.children.every(
    (node) => node.type === 'element' || node.type === 'comment' || node.type === 'doctype' || isWhitespaceText(node),
  );
  return { format: isHtml ? 'html' : 'markdown', tree };
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
