import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { createRandom, type Random } from '../../../scripts/bench/prng.ts';
import { EXIT, SKIP, visitElements, type ElementVisitor, type VisitElementsResult } from './visit-elements.ts';

/** What a visitor does at an element, written on the element so that both walks do the same at the same node. */
const ACTIONS = ['none', 'none', 'none', 'skip', 'remove', 'unwrap', 'replace', 'index', 'exit'] as const;
type Action = (typeof ACTIONS)[number];

function generateTree(random: Random): Root {
  let budget = random.int(0, 60);
  let made = 0;
  const children = (depth: number): ElementContent[] => {
    const nodes: ElementContent[] = [];
    const count = depth > 5 ? 0 : random.int(0, 4);
    for (let i = 0; i < count && budget > 0; i++, budget--) {
      if (random.chance(0.3)) nodes.push({ type: 'text', value: `t${made++}` });
      else if (random.chance(0.05)) nodes.push({ type: 'comment', value: `c${made++}` });
      else nodes.push(h(random.pick(['p', 'div', 'span', 'a']), { id: `e${made++}`, dataAction: random.pick(ACTIONS) }, children(depth + 1)));
    }
    return nodes;
  };
  return { type: 'root', children: children(0) };
}

/** A visitor that records what it meets and acts as each element says (`data-action`). */
function createVisitor(seen: string[]): ElementVisitor {
  return (node, index, parent): VisitElementsResult => {
    seen.push(`${String(node.properties.id)}@${index}<${parent.type === 'root' ? 'root' : String(parent.properties.id)}`);
    const action = node.properties.dataAction as Action;
    switch (action) {
      case 'skip':
        return SKIP;
      case 'remove':
        parent.children.splice(index, 1);
        return [SKIP, index];
      case 'unwrap':
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      case 'replace':
        // Replaced by a new element the walk then enters (it has no action of its own).
        parent.children[index] = { type: 'element', tagName: 'b', properties: { id: `${String(node.properties.id)}b` }, children: node.children };
        return index;
      case 'index':
        return index + 1;
      case 'exit':
        return EXIT;
      default:
        return undefined;
    }
  };
}

describe('visitElements', () => {
  test('meets the elements of generated trees, and leaves them, exactly as unist-util-visit does', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const tree = generateTree(createRandom(seed));
      const expectedTree = structuredClone(tree);
      const expected: string[] = [];
      const expectedVisitor = createVisitor(expected);
      visit(expectedTree, 'element', (node, index, parent) => expectedVisitor(node, index!, parent!));
      const seen: string[] = [];
      visitElements(tree, createVisitor(seen));
      expect(seen, `seed ${seed}`).toEqual(expected);
      expect(tree, `seed ${seed}`).toEqual(expectedTree);
    }
  });

  test('walks a subtree given an element, not the element itself', () => {
    const tree = h('div', { id: 'top' }, [h('p', { id: 'a' }, [h('b', { id: 'b' })])]) as Element;
    const seen: string[] = [];
    visitElements(tree, (node) => {
      seen.push(String(node.properties.id));
    });
    expect(seen).toEqual(['a', 'b']);
  });
});
