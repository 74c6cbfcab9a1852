// Deterministic synthetic RSS 2.0 feed for the import benchmark, shaped like 36kr's (tests/fixtures/feeds/36kr-rss2.xml):
//   npm exec -- node --experimental-strip-types scripts/bench/generate-feed.ts --items 1000 --seed 1 --out bench-out/feed-1000-1.xml
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { XMLBuilder } from 'fast-xml-parser';
import type { BodyContext } from './body-context.ts';
import { ARCHIVE_END, formatRfc2822 } from './dates.ts';
import { createTextWriter } from './generate-text.ts';
import { generateTitle } from './generate-title.ts';
import { imageUrl } from './image-urls.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';
import { renderHtmlBody } from './render-html-body.ts';
import { SOURCES } from './sources.ts';
import { createTagPool, pickTags } from './tag-pool.ts';
import { createTopic } from './topic.ts';
import { loadVocabulary } from './vocabulary.ts';

/** Options of {@link generateFeedItems} and {@link generateFeed}. */
export interface GenerateFeedOptions {
  /** Number of items. */
  items: number;
  /** Same seed and count → the same items and byte-identical XML. */
  seed: number;
}

/** One item of the feed, as written to the XML. */
export interface GeneratedFeedItem {
  title: string;
  link: string;
  guid: string;
  /** Publication instant; `undefined` for an item written without `pubDate`. */
  date?: Date;
  /** `dc:creator`, as 36kr names an item's author; `undefined` for none. */
  author?: string;
  categories: string[];
  /** `media:thumbnail`; `''` for none. */
  image: string;
  /** `description`: the whole HTML of a news flash, a one-paragraph summary of an article. */
  description: string;
  /** `content:encoded`: an article's HTML body; `undefined` for a news flash. */
  content?: string;
  /** Whether an earlier item of the feed has this title. */
  isDuplicateTitle: boolean;
}

/** What {@link generateFeed} made. */
export interface GeneratedFeed {
  xml: string;
  items: number;
  /** Items whose title an earlier item has: each is imported as `<title>-<hash>.md`. */
  duplicateTitles: number;
  /** Items without `pubDate`: imported with the time of import as their date. */
  undated: number;
}

/** The feed's source: 36kr, the biggest feed of the synthetic archive. */
const SOURCE = SOURCES[0]!;
/** Share of items repeating the title of a recent item, as a daily column (`8点1氪｜…`) or a follow-up does. */
const DUPLICATE_TITLE_SHARE = 0.02;
/** A repeated title is taken from one of this many preceding items. */
const RECENT_TITLES = 48;
/** Share of items without `pubDate`. */
const UNDATED_SHARE = 0.01;
/** Share of news flashes (快讯): a short body in `description`, no `content:encoded`. */
const FLASH_SHARE = 0.25;
const NO_AUTHOR_SHARE = 0.2;
const NO_IMAGE_SHARE = 0.1;
/** Article bodies as in generate-article.ts: log-normal around 9 KB, from 0.9 to 37 KB. */
const MEDIAN_BODY_BYTES = 9_000;
const BODY_SPREAD = 0.75;
const MIN_BODY_BYTES = 900;
const MAX_BODY_BYTES = 37_000;
/** Minutes between consecutive items, newest first: 36kr publishes a hundred or more a day. */
const MIN_GAP_MINUTES = 2;
const MAX_GAP_MINUTES = 30;
/** 36kr's article ids are 16 digits; the newest item gets this one, older items smaller ones. */
const NEWEST_ID = 2_900_000_000_000_000;
/** Mixed into the seed, so that a feed and a corpus of one seed do not share their random streams. */
const FEED_SALT = 0xfeed;

const XML_NAMESPACES = {
  '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  '@_xmlns:media': 'http://search.yahoo.com/mrss/',
};

/** The items of a feed, newest first. Item `index` depends only on the seed, its index and the items before it. */
export function generateFeedItems(options: GenerateFeedOptions): GeneratedFeedItem[] {
  const seed = (options.seed ^ FEED_SALT) >>> 0;
  const vocabulary = loadVocabulary();
  const tagPool = createTagPool(options.seed, vocabulary);
  const items: GeneratedFeedItem[] = [];
  let time = ARCHIVE_END;
  let id = NEWEST_ID;
  for (let index = 0; index < options.items; index++) {
    const random = createRandom(deriveSeed(seed, index));
    time -= random.int(MIN_GAP_MINUTES * 60, MAX_GAP_MINUTES * 60) * 1000;
    id -= random.int(1_000, 90_000);
    const date = new Date(time);
    const tags = pickTags(random, tagPool);
    const topic = createTopic(random, vocabulary, tags);
    const writer = createTextWriter(random, vocabulary, topic);
    const ownTitle = generateTitle(random, writer, topic);
    const repeated = index > 0 && random.chance(DUPLICATE_TITLE_SHARE) ? items[index - random.int(1, Math.min(index, RECENT_TITLES))] : undefined;
    const image = random.chance(NO_IMAGE_SHARE) ? '' : imageUrl(random, SOURCE.images, date);
    const isFlash = random.chance(FLASH_SHARE);
    const body: BodyContext = { random, writer, topic, source: SOURCE, image, date, targetBytes: bodyBytes(random, isFlash) };
    const html = renderHtmlBody(body);
    items.push({
      title: repeated?.title ?? ownTitle,
      link: `https://36kr.com/p/${id}`,
      guid: `36kr-${id}`,
      date: random.chance(UNDATED_SHARE) ? undefined : date,
      author: random.chance(NO_AUTHOR_SHARE) ? undefined : random.pick(topic.people),
      categories: tags,
      image,
      description: isFlash ? html : `<p>${writer.sentence()}</p>`,
      content: isFlash ? undefined : `<div>\n${html}\n</div>`,
      isDuplicateTitle: repeated !== undefined,
    });
  }
  return items;
}

/** Body size in UTF-8 bytes: a few paragraphs for a news flash, a log-normal size for an article. */
function bodyBytes(random: Random, isFlash: boolean): number {
  if (isFlash) return random.int(200, 1_500);
  return Math.round(Math.min(MAX_BODY_BYTES, Math.max(MIN_BODY_BYTES, MEDIAN_BODY_BYTES * Math.exp(random.normal(0, BODY_SPREAD)))));
}

/** An RSS 2.0 document of the items, by fast-xml-parser's serializer: it escapes text and splits `]]>` in CDATA. */
export function buildFeedXml(items: GeneratedFeedItem[]): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, cdataPropName: '#cdata', suppressEmptyNode: true });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0',
      ...XML_NAMESPACES,
      channel: {
        title: '36氪',
        link: 'https://36kr.com/',
        description: '36氪 资讯',
        language: 'zh-cn',
        item: items.map((item) => ({
          title: item.title,
          link: item.link,
          guid: { '@_isPermaLink': 'false', '#text': item.guid },
          pubDate: item.date && formatRfc2822(item.date),
          'dc:creator': item.author,
          category: item.categories,
          'media:thumbnail': item.image === '' ? undefined : { '@_url': item.image },
          description: { '#cdata': item.description },
          'content:encoded': item.content === undefined ? undefined : { '#cdata': item.content },
        })),
      },
    },
  };
  return builder.build(document);
}

/** A whole feed: its XML and what it holds. */
export function generateFeed(options: GenerateFeedOptions): GeneratedFeed {
  const items = generateFeedItems(options);
  return {
    xml: buildFeedXml(items),
    items: items.length,
    duplicateTitles: items.filter((item) => item.isDuplicateTitle).length,
    undated: items.filter((item) => item.date === undefined).length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const items = Number(values.items);
  const seed = Number(values.seed);
  if (!Number.isInteger(items) || items < 0 || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    console.error(`--items must be an integer from 0 and --seed an integer from 0 to 2^32 − 1; received ${values.items} and ${values.seed}.`);
    process.exit(2);
  }
  const out = values.out ?? `bench-out/feed-${items}-${seed}.xml`;
  const feed = generateFeed({ items, seed });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, feed.xml);
  console.log(`${feed.items} items (${feed.duplicateTitles} repeated titles, ${feed.undated} without a date), ${(Buffer.byteLength(feed.xml) / 2 ** 20).toFixed(1)} MiB in ${out}.`);
}

if (import.meta.main) await main();
