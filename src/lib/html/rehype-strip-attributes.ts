import type { Root } from 'hast';
import { find, html } from 'property-information';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeStripAttributes}. */
export interface StripAttributesOptions {
  /**
   * Attribute names (lowercase) removed from every element. Default: {@link defaultStrippedAttributes}:
   * inline `style`, 36kr's `label`, browser editing state and the markers that
   * WeChat, 135editor, Xiumi and UEditor leave behind.
   */
  names?: string[];
  /** Attribute name prefixes removed from every element. Default: `['data-', 'mpa-']` (scraper and WeChat editor state). */
  prefixes?: string[];
}

/** Attributes that only make sense inside the editor or the source site. */
export const defaultStrippedAttributes: readonly string[] = [
  'style', // Inline styles fight the site's typography and dark mode.
  'label', // 36kr: `label="图片描述"`, an editor hint, not the form-control label.
  'contenteditable', 'spellcheck', 'draggable', 'autocomplete', // Editing state saved with the HTML.
  'powered-by', // Xiumi: `powered-by="xiumi.us"`.
  '_src', '_href', // UEditor (135editor's base) keeps original URLs here.
  'leaf', 'nodeleaf', 'textstyle', // WeChat's newer editor marks text runs with these.
];

/** Remove inline styles, `data-*` and editor attributes so only meaningful markup reaches the sanitizer. */
export default function rehypeStripAttributes(options: StripAttributesOptions = {}) {
  const names = new Set(options.names ?? defaultStrippedAttributes);
  const prefixes = options.prefixes ?? ['data-', 'mpa-'];
  return (tree: Root) => {
    visitElements(tree, (node) => {
      for (const property of Object.keys(node.properties)) {
        const attribute = find(html, property).attribute;
        if (names.has(attribute) || prefixes.some((prefix) => attribute.startsWith(prefix))) {
          delete node.properties[property];
        }
      }
    });
  };
}
