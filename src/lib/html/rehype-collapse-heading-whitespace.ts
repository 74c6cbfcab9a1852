import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeCollapseHeadingWhitespace}. */
export interface CollapseHeadingWhitespaceOptions {
  /** Elements whose text is collapsed. Default: `['h1', 'h2', 'h3', 'h4', 'h5', 'h6']`. */
  tagNames?: string[];
}

/**
 * Collapse whitespace in headings to single spaces and trim it at both ends.
 *
 * Scraped headings are indented over several lines (`<h3>\n    Senior team\n  </h3>`). A browser
 * shows them the same either way, but rehype-slug would turn every space into a dash
 * (`-----senior-team---`) and the heading list would carry the newlines.
 */
export default function rehypeCollapseHeadingWhitespace(options: CollapseHeadingWhitespaceOptions = {}) {
  const tagNames = new Set(options.tagNames ?? ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  return (tree: Root) => {
    visitElements(tree, (heading) => {
      if (!tagNames.has(heading.tagName)) return;
      const texts: Text[] = [];
      visit(heading, 'text', (text) => {
        texts.push(text);
      });
      // Spaces at the start, and spaces that follow a space in an earlier text node, are dropped.
      let isAfterSpace = true;
      for (const text of texts) {
        text.value = text.value.replace(/\s+/g, ' ');
        if (isAfterSpace) text.value = text.value.trimStart();
        if (text.value !== '') isAfterSpace = text.value.endsWith(' ');
      }
      for (const text of texts.toReversed()) {
        text.value = text.value.trimEnd();
        if (text.value !== '') break;
      }
    });
  };
}
