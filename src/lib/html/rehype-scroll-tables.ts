import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeScrollTables}. */
export interface ScrollTablesOptions {
  /** Accessible name of a table's scrolling box when the table has no caption. Default: `'表格'`. */
  label?: string;
}

/** Class of the box around each table (global.css scrolls it sideways). */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/**
 * Put every table in a box that scrolls sideways, so that a wide scraped table keeps its cells' text whole instead
 * of being squeezed into the column a character a line. The box is a focusable, named region (the table's caption,
 * or `label`), so that a keyboard can scroll it too (axe `scrollable-region-focusable`).
 */
export default function rehypeScrollTables(options: ScrollTablesOptions = {}) {
  const label = options.label ?? '表格';
  return (tree: Root) => {
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'table') return undefined;
      const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
      const name = caption ? toString(caption).replace(/\s+/g, ' ').trim() : '';
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: [TABLE_SCROLL_CLASS], tabIndex: 0, role: 'region', ariaLabel: name || label },
        children: [node],
      };
      // The walk goes on into the table itself (a table inside it gets a box of its own), then to the next sibling.
      return undefined;
    });
  };
}
