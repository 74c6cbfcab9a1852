import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { createExcerpt } from './create-excerpt.ts';
import { extractText } from './extract-text.ts';
import { readString } from './hast-helpers.ts';
import { measureReading } from './measure-reading.ts';

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
  const images = selectAll('img[src]', tree);
  const firstImage = images[0] && toArticleImage(images[0]);
  return {
    text,
    excerpt: createExcerpt(text),
    ...(firstImage && { firstImage }),
    readingMinutes,
    characterCount,
    headings: selectAll('h2[id], h3[id], h4[id]', tree).map((heading) => ({
      depth: Number(heading.tagName.slice(1)),
      id: String(heading.properties.id),
      text: toString(heading).replace(/\s+/g, ' ').trim(),
    })),
  };
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
