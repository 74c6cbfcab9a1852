import type { Root } from 'hast';
import { hasClass } from './hast-helpers.ts';
import { SKIP, visitElements } from './visit-elements.ts';

/** Options for {@link rehypeProjectLinks}. */
export interface ProjectLinksOptions {
  /** Class that marks an annotation link to unwrap. Default: `'project-link'` (36kr's company/project annotations). */
  className?: string;
}

/**
 * Unwrap 36kr project annotations (`<a class="project-link">快手</a>`) into their children.
 *
 * 36kr's editor links every company name to its database page. The links are noise for a reader,
 * and the editor drops them in the middle of words (`图技</a>术`), so only the unwrapped children
 * keep the sentence exactly as written.
 */
export default function rehypeProjectLinks(options: ProjectLinksOptions = {}) {
  const className = options.className ?? 'project-link';
  return (tree: Root) => {
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'a' || !hasClass(node, className)) return;
      parent.children.splice(index, 1, ...node.children);
      // Revisit the same index: the first child now sits there and may itself contain an annotation.
      return [SKIP, index];
    });
  };
}
