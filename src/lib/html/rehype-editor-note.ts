import type { Root } from 'hast';
import { hasClass } from './hast-helpers.ts';
import { SKIP, visitElements } from './visit-elements.ts';

/** Options for {@link rehypeEditorNote}. */
export interface EditorNoteOptions {
  /** Class of the source-attribution paragraph, also given to the `aside` that wraps it. Default: `'editor-note'` (36kr). */
  className?: string;
}

/**
 * Wrap 36kr's source attribution (`<p class="editor-note">本文来自…</p>`) in
 * `<aside class="editor-note">` so the page can show it apart from the article text.
 */
export default function rehypeEditorNote(options: EditorNoteOptions = {}) {
  const className = options.className ?? 'editor-note';
  return (tree: Root) => {
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'p' || !hasClass(node, className)) return;
      if (parent.type === 'element' && parent.tagName === 'aside' && hasClass(parent, className)) return SKIP;
      // The paragraph gives up its class: the aside alone carries the marker the sanitizer keeps.
      const paragraph = { ...node, properties: {} };
      parent.children[index] = { type: 'element', tagName: 'aside', properties: { className: [className] }, children: [paragraph] };
      return SKIP;
    });
  };
}
