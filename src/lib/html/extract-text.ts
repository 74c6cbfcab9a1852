import type { Nodes } from 'hast';
import { toText } from 'hast-util-to-text';

/**
 * The plain text of a tree: one line per block, whitespace inside a line collapsed to one space,
 * empty lines dropped. Inline elements add nothing, so `图技<b>术</b>` reads 图技术; table cells of a
 * row stay on one line, apart from each other.
 *
 * hast-util-to-text implements innerText, block boundaries included. We only tidy its result:
 * it leaves no-break and zero-width spaces alone and separates paragraphs with a blank line and
 * cells with a tab, while our text (excerpts, reading time) wants one plain line per block.
 */
export function extractText(tree: Nodes): string {
  return toText(tree, { whitespace: 'normal' })
    .split('\n')
    .map((line) => line.replace(/[\s\u200b-\u200d]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
