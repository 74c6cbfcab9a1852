import { z } from 'astro/zod';

/** A heading of an article body, for the table of contents and in-page anchors. */
export const ArticleHeadingSchema = z.object({
  depth: z.number().int(),
  id: z.string(),
  text: z.string(),
});

/**
 * What the loader keeps for one article: metadata only, in the article index and the article cache (Astro's
 * content store holds only the record's key, see src/content/loader.ts). The body HTML lives in a digest-named cache
 * file (`htmlKey`): 100,000 bodies in one string would pass V8's ~512 MiB string limit (withastro/astro#13360,
 * #17220).
 */
export const ArticleRecordSchema = z.object({
  /** Path of the source file below the content folder, POSIX separators, e.g. `新媒体/36kr/资讯/x.md`. */
  sourcePath: z.string(),
  title: z.string(),
  date: z.date(),
  updated: z.date().optional(),
  /** Each item is one hierarchy, root first: `[['新媒体', '36kr', '资讯']]`. */
  categories: z.array(z.array(z.string())),
  tags: z.array(z.string()),
  author: z.string().optional(),
  description: z.string().optional(),
  /** Header image (http(s) only). */
  cover: z.string().optional(),
  /** Image for lists and cards (http(s) only). */
  thumbnail: z.string().optional(),
  comments: z.boolean(),
  draft: z.boolean(),
  /** Front-matter `slug`, as written: it made the address of a Hexo site (see src/lib/hexo/). */
  slug: z.string().optional(),
  /** Front-matter `permalink`, as written. */
  ownPermalink: z.string().optional(),
  /** The permalink the article asks for, before collisions between articles are resolved. */
  wantedPermalink: z.string(),
  excerpt: z.string(),
  readingMinutes: z.number(),
  characterCount: z.number(),
  headings: z.array(ArticleHeadingSchema),
  /** `src` of the body's first image, if any: when it is the cover's picture, the page shows it once, in the body. */
  firstImageSrc: z.string().optional(),
  /** The article's language when it is not the site's (`'en'` for an English article, see detect-language.ts). */
  lang: z.enum(['en']).optional(),
  /** File name of the sanitized body HTML in the HTML cache. */
  htmlKey: z.string(),
  /** Warnings found while processing, already formatted for the build log. */
  warnings: z.array(z.string()),
  /** Front-matter keys Clippings does not know, kept as they were (JSON-safe). */
  extra: z.record(z.string(), z.unknown()),
});

/** Metadata of one processed article, as stored in the content layer. */
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
