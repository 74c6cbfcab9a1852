import type { BodyContext } from './body-context.ts';
import { formatRfc2822, pickDate } from './dates.ts';
import { createTextWriter, DEFAULT_MIX, type TextMix } from './generate-text.ts';
import { generateTitle } from './generate-title.ts';
import { imageUrl } from './image-urls.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';
import { renderHtmlBody } from './render-html-body.ts';
import { renderMarkdownBody } from './render-markdown-body.ts';
import { fileNameFor, renderFrontMatter, scrapeTitle, wrapHtmlBody, wrapMarkdownBody } from './scraper-format.ts';
import { pickSource, SOURCES, type Source } from './sources.ts';
import { pickTags, type TagPool } from './tag-pool.ts';
import { createTopic } from './topic.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What every article of one corpus shares. */
export interface CorpusContext {
  seed: number;
  vocabulary: Vocabulary;
  tagPool: TagPool;
  /** How words are chosen. Default: {@link DEFAULT_MIX}; `--calibrate` also measures independent words. */
  mix?: TextMix;
}

/** An earlier article whose title this one repeats (the same story in two feeds). */
export interface DuplicateOf {
  title: string;
  date: Date;
  folder: string;
}

/** One generated article, ready to write. */
export interface GeneratedArticle {
  /** `<top>/<source>/<channel>/<file name>.md`, with `/` separators. */
  relativePath: string;
  folder: string;
  title: string;
  date: Date;
  format: 'html' | 'markdown';
  content: string;
}

/** Share of articles with a Markdown body; the rest are scraped HTML. */
export const MARKDOWN_SHARE = 0.15;
/** Share of feed items without any image, written as `headimg: ''`. */
const NO_IMAGE_SHARE = 0.1;
/** Median body size in bytes; log-normal with this spread, cut to the size range below. */
const MEDIAN_BODY_BYTES = 9_000;
const BODY_SPREAD = 0.75;
const MIN_BODY_BYTES = 900;
/** Leaves room for the front matter and the last block, so that no file exceeds 40 KB. */
const MAX_BODY_BYTES = 37_000;

/**
 * Generate article number `index` of a corpus. It depends only on the seed, the index and `attempt` (raised when
 * its path is taken), so any article can be regenerated alone.
 */
export function generateArticle(context: CorpusContext, index: number, attempt = 0, duplicate?: DuplicateOf): GeneratedArticle {
  const random = createRandom(deriveSeed(deriveSeed(context.seed, index), attempt));
  const { source, channel } = pickFolder(random, duplicate?.folder);
  const folder = `${source.top}/${source.name}/${channel}`;
  const date = duplicate?.date ?? pickDate(random);
  const tags = pickTags(random, context.tagPool);
  const topic = createTopic(random, context.vocabulary, tags);
  const writer = createTextWriter(random, context.vocabulary, topic, context.mix ?? DEFAULT_MIX);
  // Generated even for a duplicate: the title's words then recur in the body, as in real articles.
  const ownTitle = scrapeTitle(generateTitle(random, writer, topic));
  const title = duplicate?.title ?? ownTitle;
  const image = random.chance(NO_IMAGE_SHARE) ? '' : imageUrl(random, source.images, date);
  const format = random.chance(MARKDOWN_SHARE) ? 'markdown' : 'html';
  const targetBytes = Math.round(
    Math.min(MAX_BODY_BYTES, Math.max(MIN_BODY_BYTES, MEDIAN_BODY_BYTES * Math.exp(random.normal(0, BODY_SPREAD)))),
  );
  const body: BodyContext = { random, writer, topic, source, image, date, targetBytes };
  const frontMatter = renderFrontMatter({
    title,
    categories: [source.top, source.name, channel],
    image,
    tags,
    author: source.name,
    date: formatRfc2822(date),
  });
  const content =
    frontMatter + (format === 'html' ? wrapHtmlBody(renderHtmlBody(body)) : wrapMarkdownBody(renderMarkdownBody(body)));
  return { relativePath: `${folder}/${fileNameFor(title)}`, folder, title, date, format, content };
}

/** A feed and channel; a duplicate goes elsewhere, because the scraper overwrites a same-named file in one folder. */
function pickFolder(random: Random, avoid: string | undefined): { source: Source; channel: string } {
  const picked = pickSource(random);
  if (avoid === undefined || `${picked.source.top}/${picked.source.name}/${picked.channel}` !== avoid) return picked;
  // The same story in a sibling channel (36kr's 资讯 and 快讯), or else in another feed.
  const sibling = picked.source.channels.find((channel) => channel !== picked.channel);
  if (sibling !== undefined) return { source: picked.source, channel: sibling };
  const source = random.pick(SOURCES.filter((other) => other !== picked.source));
  return { source, channel: source.channels[0]! };
}
