import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeHeadingLevels}. */
export interface HeadingLevelsOptions {
  /** Rank of the heading the body sits under (the page title). Default: 1. */
  parentRank?: number;
}

/**
 * Close gaps in heading levels (`h2` followed by `h4` becomes `h2`, `h3`): scraped articles skip levels for
 * their looks, which leaves screen-reader users with a broken outline (axe `heading-order`). A heading never
 * goes deeper than one level below the previous one; going back up is always allowed.
 */
export default function rehypeHeadingLevels(options: HeadingLevelsOptions = {}) {
  const parentRank = options.parentRank ?? 1;
  return (tree: Root) => {
    let previous = parentRank;
    visitElements(tree, (node) => {
      const rank = headingRank(node);
      if (rank === undefined) return;
      const fixed = Math.max(parentRank + 1, Math.min(rank, previous + 1));
      node.tagName = `h${fixed}`;
      previous = fixed;
    });
  };
}
