import type { Element, ElementContent, Properties, RootContent } from 'hast';

/** Elements whose content is an external resource (HTML "embedded content"); a block holding one is never empty. */
export const embeddedTagNames: ReadonlySet<string> = new Set([
  'audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video',
]);

/** Whether a node is text made only of whitespace (including no-break, ideographic and zero-width spaces). */
export function isWhitespaceText(node: RootContent | ElementContent): boolean {
  return node.type === 'text' && /^[\s\u200b-\u200d]*$/.test(node.value);
}

/** Whether a node is an element with the given tag name and, optionally, class. */
export function isElement(node: RootContent | ElementContent | undefined, tagName: string, className?: string): node is Element {
  if (node?.type !== 'element' || node.tagName !== tagName) return false;
  return className === undefined || hasClass(node, className);
}

/** Whether an element carries a class. */
export function hasClass(node: Element, className: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(className);
}

/** Read a property as a trimmed string, or `undefined` when absent or not a string. */
export function readString(properties: Properties, name: string): string | undefined {
  const value = properties[name];
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Whether a URL points to another host over HTTP(S), spelled absolute or protocol-relative (`//cdn…`). */
export function isRemoteUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}
