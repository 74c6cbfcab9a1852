import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { embeddedTagNames } from './hast-helpers.ts';
import { SKIP, visitElements } from './visit-elements.ts';

/** Options for {@link rehypeDropEmpty}. */
export interface DropEmptyOptions {
  /** Elements removed when they hold no text and no embedded content. Default: `['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']`. */
  tagNames?: string[];
}

const embeddedSelector = [...embeddedTagNames].join(', ');

/** Remove paragraphs and headings that show nothing: `<p><br></p>`, `<p>&nbsp;</p>`, `<h2></h2>`. */
export default function rehypeDropEmpty(options: DropEmptyOptions = {}) {
  const tagNames = new Set(options.tagNames ?? ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  return (tree: Root) => {
    visitElements(tree, (node, index, parent) => {
      if (!tagNames.has(node.tagName) || !isEmpty(node)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** Empty: only whitespace (with no-break, ideographic and zero-width spaces) and nothing embedded such as an image. */
function isEmpty(node: Element): boolean {
  return /^[\s\u200b-\u200d]*$/.test(toString(node)) && selectAll(embeddedSelector, node).length === 0;
}
