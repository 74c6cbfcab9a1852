import type { Element, Root } from 'hast';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { isRemoteUrl, readString } from './hast-helpers.ts';

/** Options for {@link rehypeLazyImages}. */
export interface LazyImagesOptions {
  /** Attributes that lazy-loading scripts read the real URL from, tried in order when `src` is missing or a placeholder. Default: `['data-src', 'data-original', 'data-actualsrc']`. */
  sourceAttributes?: string[];
  /** Attribute holding "width,height" in scraped HTML (36kr). Default: `'data-img-size-val'`. */
  sizeAttribute?: string;
  /** Load the first image eagerly with high priority, because it is usually the largest thing above the fold. Default: `false`. */
  eagerFirstImage?: boolean;
}

/** Make images load lazily with an intrinsic size, recover lazy-load URLs, and hide the Referer from remote hosts. */
export default function rehypeLazyImages(options: LazyImagesOptions = {}) {
  const sourceProperties = (options.sourceAttributes ?? ['data-src', 'data-original', 'data-actualsrc']).map(toPropertyName);
  const sizeProperty = toPropertyName(options.sizeAttribute ?? 'data-img-size-val');
  const eagerFirstImage = options.eagerFirstImage ?? false;

  return (tree: Root, file: VFile) => {
    let isFirst = true;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img') return;
      const src = findSource(node, ['src', ...sourceProperties]);
      if (src === undefined) {
        // A broken-image icon helps no reader; the editor hears about it instead.
        file.message('Expected an image with a usable `src` (or `data-src`), found none. The image was removed; fix its URL in the source.', {
          place: node.position, ruleId: 'image-src-missing', source: 'clippings',
        });
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const properties = node.properties;
      properties.src = src;
      properties.alt = typeof properties.alt === 'string' ? properties.alt : '';
      setSize(node, readString(properties, sizeProperty));
      const isEager = eagerFirstImage && isFirst;
      isFirst = false;
      properties.loading = isEager ? 'eager' : 'lazy';
      properties.decoding = 'async';
      if (isEager) properties.fetchPriority = 'high';
      // Chinese CDNs (36krcdn, sinaimg, qpic) refuse hot-linked images that carry a foreign Referer.
      if (isRemoteUrl(src)) properties.referrerPolicy = 'no-referrer';
      return undefined;
    });
  };
}

/** The hast property name rehype-parse gives an attribute (`data-img-size-val` → `dataImgSizeVal`); like the parser, lowercase first. */
function toPropertyName(attribute: string): string {
  return find(html, attribute.toLowerCase()).property;
}

/** First property holding a real URL; `data:` URIs and empty values are lazy-load placeholders. */
function findSource(node: Element, propertyNames: string[]): string | undefined {
  for (const name of propertyNames) {
    const value = readString(node.properties, name);
    if (value && !/^data:/i.test(value)) return value;
  }
  return undefined;
}

/** Copy "width,height" into `width`/`height`, keeping any size the source already had and ignoring garbage. */
function setSize(node: Element, value: string | undefined) {
  const match = value === undefined ? null : /^(\d+)\s*[,x×]\s*(\d+)$/.exec(value);
  if (!match || node.properties.width !== undefined || node.properties.height !== undefined) return;
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width === 0 || height === 0) return;
  node.properties.width = width;
  node.properties.height = height;
}
