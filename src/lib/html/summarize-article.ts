import type { Element, Properties, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { createExcerpt } from './create-excerpt.ts';
import { extractText } from './extract-text.ts';
import { readString } from './hast-helpers.ts';
import { measureReading } from './measure-reading.ts';
import { visitElements } from './visit-elements.ts';

/** An image of the article body, as the page and feeds need it. */
export interface ArticleImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** A section heading of the article body, for a table of contents. */
export interface ArticleHeading {
  /** 2 to 4. */
  depth: number;
  /** Final id in the page, prefix included (`user-content-…`). */
  id: string;
  text: string;
}

/** What the site shows about an article besides its HTML. */
export interface ArticleSummary {
  /** Plain text, one line per block. */
  text: string;
  /** About 120 graphemes of `text`, ending with '…' when cut. */
  excerpt: string;
  firstImage?: ArticleImage;
  /** See {@link measureReading}. */
  readingMinutes: number;
  /** Han/kana/hangul characters plus other words, see {@link measureReading}. */
  characterCount: number;
  /** `h2`–`h4` with an id, in document order. */
  headings: ArticleHeading[];
}

/** Summarize a sanitized article tree: text, excerpt, images, reading time and headings. */
export function summarizeArticle(tree: Root): ArticleSummary {
  const text = extractText(tree);
  const { readingMinutes, characterCount } = measureReading(text);
  let firstImage: ArticleImage | undefined;
  const headings: ArticleHeading[] = [];
  // One walk for the first `img[src]` and the `h2[id], h3[id], h4[id]`, in document order.
  visitElements(tree, (node) => {
    if (node.tagName === 'img' && firstImage === undefined && isPresent(node.properties, 'src')) firstImage = toArticleImage(node);
    const depth = headingRank(node);
    if (depth !== undefined && depth >= 2 && depth <= 4 && isPresent(node.properties, 'id')) {
      headings.push({ depth, id: String(node.properties.id), text: toString(node).replace(/\s+/g, ' ').trim() });
    }
  });
  return {
    text,
    excerpt: createExcerpt(text),
    ...(firstImage && { firstImage }),
    readingMinutes,
    characterCount,
    headings,
  };
}

/** Whether an attribute is there as a selector's `[name]` sees it: set, not `false`, not an empty list. */
function isPresent(properties: Properties, name: string): boolean {
  const value = properties[name];
  return value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0);
}

function toArticleImage(image: Element): ArticleImage {
  const { width, height } = image.properties;
  return {
    src: String(image.properties.src),
    alt: readString(image.properties, 'alt') ?? '',
    ...(typeof width === 'number' && { width }),
    ...(typeof height === 'number' && { height }),
  };
}
