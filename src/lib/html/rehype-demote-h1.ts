import type { Root } from 'hast';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeDemoteH1}. */
export interface DemoteH1Options {
  /** Tag that body `h1` headings become. Default: `'h2'`. */
  tagName?: string;
}

/** Turn body `h1` headings into `h2`: the article title is the page's only `h1`. */
export default function rehypeDemoteH1(options: DemoteH1Options = {}) {
  const tagName = options.tagName ?? 'h2';
  return (tree: Root) => {
    visitElements(tree, (node) => {
      if (node.tagName === 'h1') node.tagName = tagName;
    });
  };
}
