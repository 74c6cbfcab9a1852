import { detectTextLanguage } from '../article/detect-language.ts';
import { parseArticle } from '../article/parse-article.ts';
import { reportReservedPermalink } from '../article/permalink-problems.ts';
import { expandPermalink, isReservedPermalink, RESERVED_TOP_SEGMENTS } from '../article/permalink.ts';
import { renderArticleBody } from '../html/pipeline.ts';
import { formatProblem, type Problem } from '../report/problem.ts';
import type { ArticleRecord } from './article-record.ts';

/** What {@link processArticle} needs to know besides the file's text. */
export interface ProcessArticleOptions {
  /** Path below the content folder, POSIX separators: the article's identity. */
  sourcePath: string;
  /** Path shown to editors in messages, e.g. `content/新媒体/36kr/资讯/x.md`. */
  displayPath: string;
  /** Site time zone for dates written without one. */
  timeZone: string;
  /** Permalink pattern with Hexo tokens. */
  permalinkPattern: string;
  /** Name under which the caller will store the HTML (usually the content digest). */
  htmlKey: string;
}

/**
 * The outcome for one file: a record, its HTML and its body's plain text (one line per block, what search indexes),
 * or the reasons it cannot be published. The text is cut into index words by the search stage, not here (see
 * index-shard.ts): that is a third of an article's processing, and a shard's articles are cut while Pagefind indexes
 * the shard before, or on another machine in a distributed build.
 */
export type ProcessedArticle =
  | { ok: true; record: ArticleRecord; html: string; text: string; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** An article whose front matter and permalink are valid, before its body is rendered. */
export type PreparedArticle =
  | { ok: true; parsed: ParsedArticle; wantedPermalink: string; problems: Problem[] }
  | { ok: false; problems: Problem[] };

type ParsedArticle = Extract<ReturnType<typeof parseArticle>, { ok: true }>;

/** Validate front matter and work out the wanted permalink: everything but the body (what `npm run check` needs). */
export function prepareArticle(raw: string, options: Omit<ProcessArticleOptions, 'htmlKey'>): PreparedArticle {
  const parsed = parseArticle(raw, { file: options.displayPath, timeZone: options.timeZone });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const wantedPermalink = expandPermalink(
    options.permalinkPattern,
    { ...parsed.frontMatter, relativePath: options.sourcePath },
    options.timeZone,
  );
  if (isReservedPermalink(wantedPermalink, RESERVED_TOP_SEGMENTS)) {
    return {
      ok: false,
      problems: [reportReservedPermalink(options.displayPath, wantedPermalink, RESERVED_TOP_SEGMENTS)],
    };
  }
  return { ok: true, parsed, wantedPermalink, problems: parsed.problems };
}

/** Turn one Markdown file into stored metadata plus sanitized HTML: front matter, body pipeline, permalink. */
export function processArticle(raw: string, options: ProcessArticleOptions): ProcessedArticle {
  const prepared = prepareArticle(raw, options);
  if (!prepared.ok) return prepared;
  const { parsed, wantedPermalink } = prepared;
  const { frontMatter } = parsed;

  // The first image is usually the largest thing above the fold (the LCP element): let it load at once, unless the
  // page shows another picture (the cover) above it.
  let body: ReturnType<typeof renderArticleBody>;
  try {
    body = renderArticleBody(parsed.body, { format: frontMatter.format, path: options.displayPath, eagerFirstImage: true, coverImage: frontMatter.cover });
  } catch (error) {
    return { ok: false, problems: [...parsed.problems, describeUnprocessableBody(error, options.displayPath, parsed.bodyStartLine)] };
  }
  const problems: Problem[] = [
    ...parsed.problems,
    ...body.messages.map((message) => ({
      file: options.displayPath,
      field: 'body',
      line: message.line === undefined ? undefined : message.line + parsed.bodyStartLine - 1,
      column: message.column,
      message: message.reason,
      ruleId: message.ruleId,
      severity: 'warning' as const,
    })),
  ];

  const record: ArticleRecord = {
    sourcePath: options.sourcePath,
    title: frontMatter.title,
    date: frontMatter.date,
    updated: frontMatter.updated,
    categories: frontMatter.categories,
    tags: frontMatter.tags,
    author: frontMatter.author,
    description: frontMatter.description,
    cover: frontMatter.cover,
    thumbnail: frontMatter.thumbnail ?? remoteOnly(body.firstImage?.src),
    comments: frontMatter.comments,
    draft: frontMatter.draft,
    slug: frontMatter.slug,
    ownPermalink: frontMatter.permalink,
    wantedPermalink,
    excerpt: frontMatter.description ?? body.excerpt,
    readingMinutes: body.readingMinutes,
    characterCount: body.characterCount,
    headings: body.headings,
    firstImageSrc: body.firstImage?.src,
    lang: detectTextLanguage(`${frontMatter.title}\n${body.text}`),
    htmlKey: options.htmlKey,
    warnings: problems.map(formatProblem),
    extra: frontMatter.extra,
  };
  return { ok: true, record, html: body.html, text: body.text, problems };
}


/** Lists show thumbnails on other pages than the article, so only absolute http(s) images can be reused there. */
function remoteOnly(src: string | undefined): string | undefined {
  if (src === undefined || !URL.canParse(src)) return undefined;
  const { protocol } = new URL(src);
  return protocol === 'http:' || protocol === 'https:' ? src : undefined;
}

/**
 * An article body the HTML pipeline could not process, as a problem rather than a crash of the whole build. The
 * one known cause is nesting so deep (thousands of levels) that the tree utilities run out of stack.
 */
function describeUnprocessableBody(error: unknown, file: string, line: number): Problem {
  const tooDeep = error instanceof RangeError && /call stack/i.test(error.message);
  return {
    file,
    field: 'body',
    line,
    message: tooDeep
      ? 'The body is nested too deeply to process (elements inside elements thousands of levels down). Remove the extra wrapping elements.'
      : `The body could not be processed: ${error instanceof Error ? error.message : String(error)}. Simplify the HTML around the problem, or report it with this file attached.`,
    ruleId: tooDeep ? 'body-too-deep' : 'body-unprocessable',
    severity: 'error',
  };
}
