import type { Element, Root, RootContent } from 'hast';
import { isElement, isWhitespaceText } from './hast-helpers.ts';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeFigureCaptions}. */
export interface FigureCaptionsOptions {
  /** Class of the paragraph that captions the image paragraph before it. Default: `'img-desc'` (36kr). */
  captionClassName?: string;
}

/** Turn an image paragraph followed by a caption paragraph (`p.img-desc`) into `<figure><img><figcaption>`. */
export default function rehypeFigureCaptions(options: FigureCaptionsOptions = {}) {
  const captionClassName = options.captionClassName ?? 'img-desc';
  /** Join the image paragraphs and captions among one parent's children. */
  function joinCaptions(node: Root | Element): void {
    const children = node.children;
    for (let index = 0; index < children.length; index++) {
      if (!isElement(children[index], 'p', captionClassName)) continue;
      const caption = children[index] as Element;
      // Scraped HTML puts whitespace text between the two paragraphs; it carries no meaning.
      let previous = index - 1;
      while (previous >= 0 && isWhitespaceText(children[previous]!)) previous--;
      const image = previous >= 0 ? findOnlyImage(children[previous]) : undefined;
      if (!image) continue;
      const figcaption: Element = { type: 'element', tagName: 'figcaption', properties: {}, children: caption.children };
      children[previous] = { type: 'element', tagName: 'figure', properties: {}, children: [image, figcaption] };
      children.splice(previous + 1, index - previous);
      index = previous;
    }
  }
  return (tree: Root) => {
    joinCaptions(tree);
    visitElements(tree, joinCaptions);
  };
}

/** The one `img` of a paragraph that holds nothing else but whitespace. */
function findOnlyImage(node: RootContent | undefined): Element | undefined {
  if (!isElement(node, 'p')) return undefined;
  const content = node.children.filter((child) => !isWhitespaceText(child));
  const only = content[0];
  return content.length === 1 && isElement(only, 'img') ? only : undefined;
}
