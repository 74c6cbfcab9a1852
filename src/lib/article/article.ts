import type { Problem } from '../report/problem.ts';

/** Body format override from front matter; without it the body format is detected. */
export type BodyFormat = 'html' | 'markdown';

/** Front matter after validation: what the rest of Clippings reads. */
export interface ArticleFrontMatter {
  /** Never empty. YAML numbers and dates are kept as the text that was written. */
  title: string;
  /** Publication instant. */
  date: Date;
  /** Last update instant, when given. */
  updated?: Date;
  /** Category hierarchies, e.g. `[['新媒体', '36kr', '资讯']]`. Empty when uncategorized. */
  categories: string[][];
  /** Tags without repeats. Empty when untagged. */
  tags: string[];
  author?: string;
  description?: string;
  /** Large image at the top of the article: `headimg`, else `cover`. Always an http(s) URL. */
  cover?: string;
  /** Small image in listings: `thumbnail`, else `cover`, else `headimg`. Always an http(s) URL. */
  thumbnail?: string;
  /** Whether comments are shown. Default: true. */
  comments: boolean;
  /** `draft: true` or `published: false`. Default: false. */
  draft: boolean;
  /** Output path that replaces the permalink pattern, e.g. `2022/kuaishou/`. */
  permalink?: string;
  /** Replaces the file name in the permalink pattern (`:title`, `:name`). */
  slug?: string;
  format?: BodyFormat;
  /** Every other key, with JSON-safe values (Dates as ISO strings). */
  extra: Record<string, unknown>;
}

/** What {@link parseArticle} needs besides the text. */
export interface ParseArticleOptions {
  /** Display path used in messages, e.g. `content/新媒体/36kr/资讯/x.md`. */
  file: string;
  /** IANA time zone for dates without an offset, e.g. `Asia/Shanghai`. */
  timeZone: string;
}

/** A parsed article: front matter, body and warnings. */
export interface ParsedArticle {
  ok: true;
  frontMatter: ArticleFrontMatter;
  /** Body text after the front matter, with LF line endings. */
  body: string;
  /** 1-based line of the original file on which `body` starts. */
  bodyStartLine: number;
  /** Warnings only. */
  problems: Problem[];
}

/** An article that cannot be built, with at least one error. */
export interface RejectedArticle {
  ok: false;
  problems: Problem[];
}

/** Result of {@link parseArticle}. */
export type ParseArticleResult = ParsedArticle | RejectedArticle;

/** The facts about an article that its permalink can be made from. */
export interface PermalinkSource {
  /** POSIX path below the content folder, e.g. `新媒体/36kr/资讯/x.md`. */
  relativePath: string;
  title: string;
  date: Date;
  /** Front-matter `slug`: replaces the file path in `:title` and the file name in `:name`. */
  slug?: string;
  /** Front-matter `permalink`: wins over the pattern. */
  permalink?: string;
  categories: string[][];
}
