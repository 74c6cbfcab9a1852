import type { Nodes } from 'hast';

/** Elements that start a new line of text, so two paragraphs of Chinese never run together. */
const blockTagNames: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Cells stay on their row's line, apart from each other. */
const cellTagNames: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * The plain text of a tree: one line per block, whitespace inside a line collapsed to one space,
 * empty lines dropped. Inline elements add nothing, so `图技<b>术</b>` reads 图技术.
 */
export function extractText(tree: Nodes): string {
  const chunks: string[] = [];
  collect(tree, chunks);
  return chunks
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u200b-\u200d]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

// A hand-written walk because block boundaries need both an enter and a leave event, which
// unist-util-visit does not give (hast-util-to-text would, but it is not a dependency).
function collect(node: Nodes, chunks: string[]) {
  if (node.type === 'text') {
    chunks.push(node.value.replace(/\n/g, ' '));
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  const separator = node.type === 'element' ? (blockTagNames.has(node.tagName) ? '\n' : cellTagNames.has(node.tagName) ? ' ' : '') : '';
  chunks.push(separator);
  for (const child of node.children) collect(child, chunks);
  chunks.push(separator);
}
