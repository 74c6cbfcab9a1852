import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { DateTime } from 'luxon';
import { formatDateWithOffset } from '../article/format-date.ts';
import { hashText, sanitizePathSegment } from '../article/sanitize-path-segment.ts';
import type { FeedItem } from './read-feed.ts';

/** Items above this size are refused: no real article is this big, and a hostile feed could be. */
export const MAX_ITEM_BYTES = 10 * 2 ** 20;

/** What every item of one import shares. */
export interface ItemToArticleOptions {
  /** The hierarchy the items are filed under, top first; also their folders. */
  categories: string[];
  /** Import time: the date of items that have none. */
  now: Date;
  timeZone: string;
}

/** An item ready to be written, or why it cannot be. */
export type ItemArticle =
  | {
      ok: true;
      /** `guid`, else the link: what recognises the item on the next import. */
      key: string;
      /** File name without suffix or `.md`, made safe for Linux, macOS and Windows. */
      baseName: string;
      /** A short, stable suffix for this item, used when another item already has the file name. */
      suffix: string;
      /** Front matter, in the order it is written. */
      data: Record<string, unknown>;
      /** Whether `data.date` is the import time (the item had no usable date). */
      datedByImport: boolean;
      body: string;
    }
  | { ok: false; reason: string };

/** Turn one feed item into an article's front matter and body; the body is the item's HTML as is. */
export function itemToArticle(item: FeedItem, options: ItemToArticleOptions): ItemArticle {
  const key = item.guid ?? item.link;
  if (key === undefined) return { ok: false, reason: 'it has neither a guid nor a link, so a later import could not recognise it' };
  const title = item.title?.replace(/\s+/g, ' ').trim();
  if (!title) return { ok: false, reason: `it has no title (${key})` };
  if (Buffer.byteLength(item.html) > MAX_ITEM_BYTES) return { ok: false, reason: `its content is larger than ${MAX_ITEM_BYTES / 2 ** 20} MB (${key})` };
  const itemDate = item.date === undefined ? undefined : parseItemDate(item.date, options.timeZone);
  const date = formatDateWithOffset(itemDate ?? options.now, options.timeZone);
  const tags = [...new Set(item.categories.map((name) => name.trim()).filter((name) => name !== ''))];
  const data: Record<string, unknown> = {
    title,
    date,
    ...(options.categories.length > 0 ? { categories: options.categories } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(item.author ? { author: item.author } : {}),
    ...(item.link ? { source_url: item.link } : {}),
    ...(item.guid ? { guid: item.guid } : {}),
    ...(item.image && /^https?:\/\//i.test(item.image) ? { headimg: item.image } : {}),
  };
  return {
    ok: true,
    key,
    baseName: sanitizePathSegment(title, hashText(key)),
    suffix: createHash('sha1').update(key).digest('hex').slice(0, 6),
    data,
    datedByImport: itemDate === undefined,
    body: item.html,
  };
}

/** The text of an article file: YAML front matter written by gray-matter's serializer, then the body. */
export function articleText(data: Record<string, unknown>, body: string): string {
  return matter.stringify(`${body.trim()}\n`, data);
}

/** RFC 2822 (RSS) or ISO 8601 (Atom, Dublin Core), without an offset in the site time zone; else undefined. */
function parseItemDate(value: string, timeZone: string): Date | undefined {
  for (const parsed of [DateTime.fromRFC2822(value.trim(), { zone: timeZone }), DateTime.fromISO(value.trim(), { zone: timeZone })]) {
    if (parsed.isValid) return parsed.toJSDate();
  }
  return undefined;
}
