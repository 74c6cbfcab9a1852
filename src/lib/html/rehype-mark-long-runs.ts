import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeMarkLongRuns}. */
export interface MarkLongRunsOptions {
  /** Characters without a space or a CJK character among them from which a run is long. Default: 20. */
  length?: number;
}

/** Class of a paragraph that holds a long run (global.css sets it ragged, not justified). */
export const LONG_RUNS_CLASS = 'long-runs';

/**
 * Mark paragraphs that hold a long unbreakable run (a URL, a long English word or number), which a justified line
 * cannot take: the run moves to the next line and the line before it is stretched with gaps a word wide. Such
 * paragraphs are set ragged instead of justified; the run itself may then break anywhere (`overflow-wrap`).
 */
export default function rehypeMarkLongRuns(options: MarkLongRunsOptions = {}) {
  const longRun = new RegExp(`[^\\s\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef]{${options.length ?? 20},}`, 'u');
  return (tree: Root) => {
    visitElements(tree, (node: Element) => {
      if (node.tagName !== 'p' || !longRun.test(toString(node))) return;
      const className = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...className, LONG_RUNS_CLASS];
    });
  };
}
