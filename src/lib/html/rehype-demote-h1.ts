import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeDemoteH1}. */
export interface DemoteH1Options {
  /** Tag that body `h1` headings become. Default: `'h2'`. */
  tagName?: string;
}

/** Turn body `h1` headings into `h2`: the article title is the page's only `h1`. */
export default function rehypeDemoteH1(options: DemoteH1Options = {}) {
  const tagName = options.tagName ?? 'h2';
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') node.tagName = tagName;
    });
  };
}
