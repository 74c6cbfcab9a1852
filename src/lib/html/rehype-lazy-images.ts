import type { Element, Root } from 'hast';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { isRemoteUrl, readString } from './hast-helpers.ts';
import { sameImageUrl } from './same-image-url.ts';
import { SKIP, visitElements } from './visit-elements.ts';

declare module 'vfile' {
  interface DataMap {
    /**
     * The picture the page shows above the body (front matter's cover), if any: the body's first image is then not
     * loaded with high priority unless it is that same picture (the page shows it only once, in the body).
     */
    coverImage: string;
  }
}

/** Options for {@link rehypeLazyImages}. */
export interface LazyImagesOptions {
  /** Attributes that lazy-loading scripts read the real URL from, tried in order when `src` is missing or a placeholder. Default: `['data-src', 'data-original', 'data-actualsrc']`. */
  sourceAttributes?: string[];
  /** Attribute holding "width,height" in scraped HTML (36kr). Default: `'data-img-size-val'`. */
  sizeAttribute?: string;
  /**
   * Load the first image eagerly with high priority, because it is usually the largest thing above the fold; not when
   * the page shows another picture above the body (`file.data.coverImage`). Default: `false`.
   */
  eagerFirstImage?: boolean;
}

/** Make images load lazily with an intrinsic size, recover lazy-load URLs, and hide the Referer from remote hosts. */
export default function rehypeLazyImages(options: LazyImagesOptions = {}) {
  const sourceProperties = (options.sourceAttributes ?? ['data-src', 'data-original', 'data-actualsrc']).map(toPropertyName);
  const sizeProperty = toPropertyName(options.sizeAttribute ?? 'data-img-size-val');
  const eagerFirstImage = options.eagerFirstImage ?? false;

  return (tree: Root, file: VFile) => {
    let isFirst = true;
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'img') return;
      const src = findSource(node, ['src', ...sourceProperties]);
      if (src === undefined) {
        // A broken-image icon helps no reader; the editor hears about it instead.
        file.message('Expected an image with a usable `src` (or `data-src`), found none. The image was removed; fix its URL in the source.', {
          place: node.position, ruleId: 'image-src-missing', source: 'clippings',
        });
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const properties = node.properties;
      properties.src = src;
      properties.alt = typeof properties.alt === 'string' ? properties.alt : '';
      setSize(node, readString(properties, sizeProperty));
      const cover = file.data.coverImage;
      const isEager = eagerFirstImage && isFirst && (cover === undefined || sameImageUrl(cover, src));
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

/**
 * Give an image both `width` and `height` whenever its ratio is known, so that the page does not jump when it
 * loads: from `data-img-size-val` ("width,height", 36kr), scaled to a dimension the source set (`width="600"` of a
 * 1080×720 image gets `height="400"`); a source's own pair stands. A dimension that is not a whole number of pixels
 * (`100%`, `auto`: invalid in HTML) is dropped. Without a ratio nothing is guessed: the stylesheet keeps such images
 * from collapsing or overflowing.
 */
function setSize(node: Element, value: string | undefined) {
  const properties = node.properties;
  const width = readPixels(properties.width);
  const height = readPixels(properties.height);
  if (width === undefined) delete properties.width;
  if (height === undefined) delete properties.height;
  if (width !== undefined && height !== undefined) {
    properties.width = width;
    properties.height = height;
    return;
  }
  const match = value === undefined ? null : /^(\d+)\s*[,x×]\s*(\d+)$/.exec(value);
  const intrinsicWidth = Number(match?.[1] ?? 0);
  const intrinsicHeight = Number(match?.[2] ?? 0);
  if (intrinsicWidth === 0 || intrinsicHeight === 0) return;
  if (width !== undefined) {
    properties.width = width;
    properties.height = Math.max(1, Math.round((width * intrinsicHeight) / intrinsicWidth));
  } else if (height !== undefined) {
    properties.width = Math.max(1, Math.round((height * intrinsicWidth) / intrinsicHeight));
    properties.height = height;
  } else {
    properties.width = intrinsicWidth;
    properties.height = intrinsicHeight;
  }
}

/** A `width` or `height` as a positive whole number of pixels (`600`, `600px`), or undefined. */
function readPixels(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d+)(?:\.\d*)?(?:px)?$/i.exec(text);
  const pixels = match ? Number(match[1]) : 0;
  return pixels > 0 ? pixels : undefined;
}
