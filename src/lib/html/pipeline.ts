import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { classifyBody, parseHtmlFragment, type BodyFormat } from './detect-body-format.ts';
import rehypeCollapseHeadingWhitespace from './rehype-collapse-heading-whitespace.ts';
import rehypeDemoteH1 from './rehype-demote-h1.ts';
import rehypeHeadingLevels from './rehype-heading-levels.ts';
import rehypeDropEmpty from './rehype-drop-empty.ts';
import rehypeEditorNote from './rehype-editor-note.ts';
import rehypeEmbeds from './rehype-embeds.ts';
import rehypeMarkLongRuns from './rehype-mark-long-runs.ts';
import rehypeScrollTables from './rehype-scroll-tables.ts';
import rehypeFigureCaptions from './rehype-figure-captions.ts';
import rehypeInPageLinks from './rehype-in-page-links.ts';
import rehypeLazyImages from './rehype-lazy-images.ts';
import rehypeProjectLinks from './rehype-project-links.ts';
import rehypeRemoveEmptyClass from './rehype-remove-empty-class.ts';
import rehypeStripAttributes from './rehype-strip-attributes.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { summarizeArticle, type ArticleSummary } from './summarize-article.ts';

/** Options for {@link renderArticleBody}. */
export interface RenderArticleBodyOptions {
  /** How the body is written. Default: detected by `detectBodyFormat` (see detect-body-format.ts). */
  format?: BodyFormat;
  /** Path of the article file, used in messages. Default: none. */
  path?: string;
  /** Load the first image eagerly with high priority (unless the page shows another `coverImage`). Default: `false`. */
  eagerFirstImage?: boolean;
  /** The picture the page shows above the body (front matter's cover). Default: none. */
  coverImage?: string;
}

/** A problem in an article body worth telling an editor about. */
export interface BodyMessage {
  reason: string;
  /** 1-based line in the body (add the body's first line in the file to point into the file). */
  line?: number;
  column?: number;
  /** Stable identifier, e.g. `iframe-src-not-https`. */
  ruleId: string;
}

/** An article body ready for the page: safe HTML plus what the page shows around it. */
export interface RenderedArticleBody extends ArticleSummary {
  /** Sanitized HTML. */
  html: string;
  messages: BodyMessage[];
}

/** The rehype steps every body goes through, in order. Sanitizing is the last transform: each earlier step sees untrusted HTML. */
function createArticlePlugins(eagerFirstImage: boolean): PluggableList {
  return [
    // First: 36kr annotations are not links, so no later step (external links, in-page links) should treat them as such.
    rehypeProjectLinks,
    // Reads only `class`, which nothing before the sanitizer removes; early, so every later step sees the final aside > p.
    rehypeEditorNote,
    // Before strip-attributes (it reads data-src and data-img-size-val) and before drop-empty
    // (it removes unusable images, which can leave a paragraph empty).
    [rehypeLazyImages, { eagerFirstImage }],
    // Before drop-empty for the same reason: it removes iframes and videos it cannot make safe.
    rehypeEmbeds,
    // After every plugin that reads data-* attributes.
    rehypeStripAttributes,
    // After the removals above; before figure-captions so that an empty caption does not become a figcaption,
    // and before slug so that empty headings get no id.
    rehypeDropEmpty,
    // After drop-empty (an emptied table gets no box).
    rehypeScrollTables,
    rehypeMarkLongRuns,
    rehypeFigureCaptions,
    // Before slug, so heading ids and the heading list see final heading levels and tidy text.
    rehypeDemoteH1,
    // After demote-h1 (which keeps the page title the only h1): close gaps such as h2 → h4.
    rehypeHeadingLevels,
    rehypeCollapseHeadingWhitespace,
    // Ids from the final heading text (project links already unwrapped).
    rehypeSlug,
    // After every id exists, before the sanitizer prefixes them.
    [rehypeInPageLinks, { prefix: sanitizeSchema.clobberPrefix }],
    // After project links are unwrapped (they get no rel); the schema allow-lists exactly these rel values.
    [rehypeExternalLinks, { rel: ['nofollow', 'noopener', 'noreferrer'] }],
    // Last transform: whatever the steps above let through, the schema decides.
    [rehypeSanitize, sanitizeSchema],
    // After the sanitizer, which may leave `class=""` behind; it only removes attributes.
    rehypeRemoveEmptyClass,
  ];
}

function createHtmlProcessor(eagerFirstImage: boolean) {
  // The tree comes from classifyBody, so no parser: HTML is parsed once, as a fragment (indentation is never code).
  return unified().use(createArticlePlugins(eagerFirstImage)).freeze();
}

function createMarkdownProcessor(eagerFirstImage: boolean) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    // clobberPrefix '': the sanitizer adds `user-content-` to footnote ids; remark-rehype must not add it too.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    // Raw HTML inside Markdown becomes real elements, so the same plugins and the sanitizer see it.
    .use(rehypeRaw)
    .use(createArticlePlugins(eagerFirstImage))
    .freeze();
}

// Built once per module: freezing resolves every plugin once instead of once per article.
const processors = {
  html: { lazy: createHtmlProcessor(false), eager: createHtmlProcessor(true) },
  markdown: { lazy: createMarkdownProcessor(false), eager: createMarkdownProcessor(true) },
};

/** Turn an article body (scraped HTML or Markdown) into sanitized HTML, text, excerpt, headings and messages. */
export function renderArticleBody(body: string, options: RenderArticleBodyOptions = {}): RenderedArticleBody {
  const file = new VFile({ path: options.path, value: body });
  if (options.coverImage !== undefined) file.data.coverImage = options.coverImage;
  // Detection hands back the tree of an HTML body, which is reused instead of parsing twice.
  const classified = options.format === undefined ? classifyBody(file) : { format: options.format };
  const mode = options.eagerFirstImage ? 'eager' : 'lazy';
  let tree: Root;
  if (classified.format === 'html') {
    const fragment = 'tree' in classified ? classified.tree : parseHtmlFragment(file);
    // A processor without a parser is typed for any unist tree; the plugins are hast-only, so the cast holds.
    tree = processors.html[mode].runSync(fragment, file) as Root;
  } else {
    const markdown = processors.markdown[mode];
    tree = markdown.runSync(markdown.parse(file), file);
  }
  return {
    html: toHtml(tree).trim(),
    ...summarizeArticle(tree),
    messages: toBodyMessages(file),
  };
}

/** The plugins' messages in document order: plugins report in plugin order. */
function toBodyMessages(file: VFile): BodyMessage[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((message) => ({
      reason: message.reason,
      ...(message.line != null && { line: message.line }),
      ...(message.column != null && { column: message.column }),
      ruleId: message.ruleId ?? 'unknown',
    }));
}
