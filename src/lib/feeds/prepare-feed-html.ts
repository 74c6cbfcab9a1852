import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { sanitizeSchema } from '../html/sanitize-schema.ts';
import { visitElements } from '../html/visit-elements.ts';

/** The prefix the sanitizer gives element ids (its `clobberPrefix`), so that an article cannot clobber page globals. */
const ID_PREFIX = sanitizeSchema.clobberPrefix!;

/** Attributes that tell a browser how to load an image on the page: a feed reader loads it its own way. */
const LOADING_PROPERTIES = ['loading', 'decoding', 'fetchPriority'];

const parser = unified().use(rehypeParse, { fragment: true }).freeze();

/**
 * An article's sanitized page HTML as a feed item carries it: without the page's loading hints (`loading`,
 * `decoding`, `fetchpriority`) and without the `user-content-` prefix of ids, which only guards the page's own
 * scripts (links to `#user-content-x` become `#x` with it). Nothing is added: the HTML was sanitized for the page.
 */
export function prepareFeedHtml(html: string): string {
  const tree = parser.parse(html) as Root;
  visitElements(tree, (node) => {
    const properties = node.properties;
    for (const name of LOADING_PROPERTIES) delete properties[name];
    for (const name of ['id', 'name']) {
      const value = properties[name];
      if (typeof value === 'string' && value.startsWith(ID_PREFIX)) properties[name] = value.slice(ID_PREFIX.length);
    }
    const href = properties.href;
    if (typeof href === 'string' && href.startsWith(`#${ID_PREFIX}`)) properties.href = `#${href.slice(ID_PREFIX.length + 1)}`;
  });
  return toHtml(tree);
}
