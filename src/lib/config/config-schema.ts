import { z } from 'astro/zod';

/** Which files below the content folder are articles, unless told otherwise. */
export const DEFAULT_INCLUDE = '**/*.md';

/** The Hexo-style permalink pattern Clippings uses unless told otherwise. */
export const DEFAULT_PERMALINK = ':year/:month/:name/';

/** What can be set in `clippings.config.mjs`. Every field is optional; the comment gives the default. */
export const ClippingsConfigSchema = z.object({
  /** Public origin of the site, used for canonical URLs, feeds and the sitemap. Default: `http://localhost:4321`. */
  site: z.url().default('http://localhost:4321'),
  /** Base path the site is served under, e.g. `/archive/`. Default: `/`. */
  base: z.string().default('/'),
  /** Site name shown in the header and the title of every page. Default: `Clippings`. */
  title: z.string().min(1).default('Clippings'),
  /** One sentence about the archive, used in meta descriptions. */
  description: z.string().default('一个文章存档'),
  /** Language of the pages (`<html lang>`), a BCP 47 tag. Default: `zh-CN`. */
  lang: z.string().min(2).default('zh-CN'),
  /**
   * A Hexo site to build: the folder of its `_config.yml`, relative to the project root (env `CLIPPINGS_HEXO_SITE`).
   * Its `title`, `url`/`root`, `permalink`, `timezone`, `per_page`, `language`, `category_map` and `tag_map`
   * replace the settings here, and its articles are read from `source/_posts`. Default: none.
   */
  hexoSite: z.string().optional(),
  /** Folder of Markdown articles, relative to the project root. Default: `content` (env `CLIPPINGS_CONTENT_DIR`). */
  contentDir: z.string().min(1).default('content'),
  /**
   * Glob of the article files below the content folder (env `CLIPPINGS_INCLUDE`; a comment cannot spell a glob with
   * a slash after two stars, see the README). Narrow it to work on part of a big archive, such as one category's
   * folder: the other files are not read, and URLs stay what the whole archive gives them. A narrowed build keeps
   * its own cache, so the whole archive's stays as it was. Dot-files and dot-folders are never read.
   * Default: {@link DEFAULT_INCLUDE}, every `.md` file.
   */
  include: z.string().min(1).default(DEFAULT_INCLUDE),
  /** IANA time zone for dates written without one, and for archives and permalinks. Default: `Asia/Shanghai`. */
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'expected an IANA time zone name such as Asia/Shanghai' })
    .default('Asia/Shanghai'),
  /** Article URL pattern with Hexo tokens (`:year/:month/:day/:title/`…). Default: `:year/:month/:name/`. */
  permalink: z.string().min(1).default(DEFAULT_PERMALINK),
  /**
   * Address segment for a category name, as Hexo's `category_map` (`{ 编程: programming }`): the category's pages
   * are then at `/categories/programming/`. Names not listed keep their own name. Default: none.
   */
  categoryMap: z.record(z.string(), z.string().min(1)).default({}),
  /** Address segment for a tag name, as Hexo's `tag_map`. Default: none. */
  tagMap: z.record(z.string(), z.string().min(1)).default({}),
  /**
   * How a Hexo site made its addresses, read from its `_config.yml` when `hexoSite` is set (not meant to be written
   * by hand): category and tag segments are then made by Hexo's `slugize` (`Web Dev` → `Web-Dev`), and the old
   * addresses Clippings cannot keep get redirect pages: lists under a `category_dir`, `tag_dir`, `archive_dir` or
   * `pagination_dir` other than Clippings' own, and articles whose Hexo path held characters Clippings replaces.
   * Default: none (not a Hexo site).
   */
  hexoUrls: z
    .object({
      categoryDir: z.string().default('categories'),
      tagDir: z.string().default('tags'),
      archiveDir: z.string().default('archives'),
      paginationDir: z.string().min(1).default('page'),
      /** Hexo's `filename_case`: 0 keeps the case, 1 lower case, 2 upper case. */
      filenameCase: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(0),
      defaultCategory: z.string().default('uncategorized'),
    })
    .optional(),
  /**
   * Articles per list page. Page 1 of a list also holds what does not fill a page (20 to 39 articles with 20), so
   * that a new article leaves the later pages as they were (paginate.ts). Default: 20.
   */
  pageSize: z.number().int().min(1).max(500).default(20),
  /** Items in the site-wide feed `/rss.xml`. Default: 50. */
  feedItems: z.number().int().min(1).max(1000).default(50),
  /**
   * Items in each category's and tag's feed. Each carries the full article, so this bounds the output at 100,000
   * articles and 10,000 tags. Default: 20.
   */
  taxonomyFeedItems: z.number().int().min(1).max(1000).default(20),
  /** What a feed item carries besides its excerpt: the whole sanitized article (`'full'`) or nothing more. Default: `'full'`. */
  feedContent: z.enum(['full', 'excerpt']).default('full'),
  /**
   * Most bytes of one feed. Items carry their whole article while the feed stays within this; later items carry
   * their excerpt only, so that a feed reader never downloads megabytes. Default: 300,000.
   */
  feedMaxBytes: z.number().int().min(10_000).default(300_000),
  /**
   * Most articles in one search shard, or `'auto'`. Pagefind keeps a whole shard's index in memory while writing it
   * (about 0.6 MB per Chinese article with the index's own tokens, measured), so this bounds the indexer's memory;
   * fewer, bigger shards make searching every year cheaper, smaller ones an edit. `'auto'` takes 1,000 while that
   * makes at most 45 shards, then 2,500, then 5,000 (see autoShardSize). Default: `'auto'`.
   */
  searchShardSize: z.union([z.number().int().min(100).max(100_000), z.literal('auto')]).default('auto'),
  /**
   * Postings per Pagefind index chunk (Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`): a query downloads about one
   * chunk per word and shard, so smaller chunks make queries lighter and each shard's chunk list longer. Default: 5000.
   */
  searchChunkSize: z.number().int().min(500).max(100_000).default(5000),
  /**
   * Search shards indexed at once, each by its own Pagefind process. Peak memory grows to about
   * `searchConcurrency × searchShardSize × 0.3 MB` on top of the build, and Pagefind already uses more than one
   * core while writing. Default: 1.
   */
  searchConcurrency: z.number().int().min(1).max(16).default(1),
  /** Texts of the search page, to reword or translate them (see DEFAULT_SEARCH_STRINGS). Default: Chinese. */
  searchStrings: z.record(z.string(), z.string()).default({}),
  /**
   * The Content-Security-Policy every page declares in a `<meta>` tag, a second wall behind the sanitizer: no
   * script but the site's own files, no inline script or style, no plugins, no `<base>`, forms only to the site.
   * Remote images, https frames (embedded videos) and media are allowed, as articles use them. `false` leaves the
   * policy to the server's headers. Default: {@link DEFAULT_CONTENT_SECURITY_POLICY}.
   */
  contentSecurityPolicy: z.union([z.string().min(1), z.literal(false)]).default(() => DEFAULT_CONTENT_SECURITY_POLICY),
  /** Skip invalid articles with a warning instead of failing the build (env `CLIPPINGS_LENIENT=1`). Default: false. */
  lenient: z.boolean().default(false),
});

/**
 * The default policy. Pagefind's worker and WebAssembly need nothing more: a worker started from a same-origin
 * URL is not governed by the page's meta policy.
 */
export const DEFAULT_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src https: http: data:',
  'media-src https: http:',
  'frame-src https:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** The configuration as a user writes it. */
export type ClippingsUserConfig = z.input<typeof ClippingsConfigSchema>;
/** The configuration with every default applied. */
export type ClippingsConfig = z.infer<typeof ClippingsConfigSchema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
