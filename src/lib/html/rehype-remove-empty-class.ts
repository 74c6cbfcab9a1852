import type { Root } from 'hast';
import { visitElements } from './visit-elements.ts';

/**
 * Remove `class` attributes left empty after the sanitizer filtered their values.
 *
 * rehype-sanitize filters an allow-listed class (`h2` may carry only `sr-only`) but keeps the emptied
 * list, which prints as `class=""` on every scraped `<h2 class="mb-0">`. Only removes attributes,
 * so it is safe after sanitizing.
 */
export default function rehypeRemoveEmptyClass() {
  return (tree: Root) => {
    visitElements(tree, (node) => {
      const className = node.properties.className;
      if (Array.isArray(className) && className.length === 0) delete node.properties.className;
    });
  };
}
