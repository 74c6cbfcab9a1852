import type { Element, Root } from 'hast';
import { CONTINUE, EXIT, SKIP } from 'unist-util-visit';

export { CONTINUE, EXIT, SKIP };

/**
 * What a visitor returns, as with unist-util-visit: nothing or `CONTINUE` to go on (into the element's children,
 * then its next sibling), `SKIP` to leave its children out, `EXIT` to stop, an index to go on at in the parent
 * (after removing or replacing children), or `[action, index]`.
 */
export type VisitElementsResult = typeof CONTINUE | typeof SKIP | typeof EXIT | number | [typeof CONTINUE | typeof SKIP | typeof EXIT, number?] | void;

/** Called with an element, its index in its parent and the parent. */
export type ElementVisitor = (node: Element, index: number, parent: Root | Element) => VisitElementsResult;

/**
 * Call `visitor` on every element below `tree` in document order (preorder), as `visit(tree, 'element', visitor)` of
 * unist-util-visit does, with the same results (`SKIP`, `EXIT`, an index to go on at). `tree` itself is not visited
 * (an element given as the tree has no parent to report).
 *
 * Why not unist-util-visit itself: it makes a closure and a copy of the ancestor list for every node it passes, and
 * the article plugins walk each tree a dozen times; in a profile of the content sync (10,000 articles, see
 * docs/scaling.md) its walking was a fifth of the article workers' time. This walk allocates nothing per node. Like
 * unist-util-visit it does not enter a `template`'s content (a separate tree).
 */
export function visitElements(tree: Root | Element, visitor: ElementVisitor): void {
  walkChildren(tree, visitor);
}

/** Walk a parent's children; `true` when the visitor asked to stop. */
function walkChildren(parent: Root | Element, visitor: ElementVisitor): boolean {
  const children = parent.children;
  let index = 0;
  while (index < children.length) {
    const node = children[index]!;
    let next = index + 1;
    if (node.type === 'element') {
      const result = visitor(node, index, parent);
      const [action, at] = Array.isArray(result) ? result : typeof result === 'number' ? [CONTINUE, result] : [result];
      if (action === EXIT) return true;
      if (action !== SKIP && walkChildren(node, visitor)) return true;
      if (typeof at === 'number') next = at;
    }
    index = next;
  }
  return false;
}
