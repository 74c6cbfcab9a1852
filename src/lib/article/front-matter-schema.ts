import { z } from 'astro/zod';
import type { ArticleFrontMatter } from './article.ts';
import { ACCEPTED_DATE_FORMS, parseArticleDate } from './dates.ts';
import { coerceText, dropEmpty, readCategories, readTags, toJsonSafe } from './front-matter-values.ts';
import type { ReportBadValue } from './front-matter-values.ts';

/** What each field expects, as problem messages say it ("expected …"). */
export const EXPECTED = {
  title: 'a non-empty text',
  text: 'a text',
  date: `a date (${ACCEPTED_DATE_FORMS})`,
  url: 'an http(s) URL',
  boolean: 'true or false',
  format: '`html` or `markdown`',
  categories: 'a category name, a list of names, or a list of such lists',
  categoryName: 'a category name (text)',
  tags: 'a tag name or a list of tag names',
  tagName: 'a tag name (text)',
} as const;

const trimText = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
/** An optional field: `prepare` the value, then empty values (`''`, null, `[]`) count as absent. */
const optional = <T extends z.ZodType>(schema: T, prepare = trimText) =>
  z.preprocess((value) => dropEmpty(prepare(value)), schema.optional());

/** Required title. YAML numbers and dates become the text that was written. */
export const TitleSchema = z.preprocess(
  coerceText,
  // Piped: zod 4 would also run `min` on a list after the type check failed, reporting twice.
  z.string({ error: EXPECTED.title }).pipe(z.string().min(1, { error: EXPECTED.title })),
);

/** Optional text (author, description, slug, permalink); numbers become text. Empty means absent. */
export const TextSchema = optional(z.string({ error: EXPECTED.text }), coerceText);

/** Optional image URL: http(s) only, so `javascript:` and relative paths never reach a page. */
export const HttpUrlSchema = optional(z.url({ protocol: /^https?$/, error: EXPECTED.url }));

/** Optional YAML boolean. */
export const BooleanSchema = optional(z.boolean({ error: EXPECTED.boolean }));

/** Optional body format override, case-insensitive. */
export const BodyFormatSchema = optional(z.enum(['html', 'markdown'], { error: EXPECTED.format }), (value) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value,
);

/** Build a field schema from a reader that reports bad items at their own path. */
function listSchema<T>(read: (value: unknown, report: ReportBadValue) => T, whole: string, item: string) {
  return optional(
    z.unknown().transform((value, ctx) =>
      read(value, (path, input) => {
        ctx.issues.push({ code: 'custom', message: path.length === 0 ? whole : item, input, path });
      }),
    ),
  );
}

/** Optional categories, resolved to a list of hierarchies (see `readCategories`). */
export const CategoriesSchema = listSchema(readCategories, EXPECTED.categories, EXPECTED.categoryName);

/** Optional tags, resolved to a list of names. */
export const TagsSchema = listSchema(readTags, EXPECTED.tags, EXPECTED.tagName);

/** A date in `timeZone` (see `parseArticleDate`); required unless wrapped. */
export function createDateSchema(timeZone: string) {
  return z.unknown().transform((value, ctx) => {
    const date = parseArticleDate(value, timeZone);
    if (date !== undefined) return date;
    ctx.issues.push({ code: 'custom', message: EXPECTED.date, input: value });
    return z.NEVER;
  });
}

function createFrontMatterShape(timeZone: string) {
  return {
    title: TitleSchema,
    date: createDateSchema(timeZone),
    updated: optional(createDateSchema(timeZone)),
    categories: CategoriesSchema,
    tags: TagsSchema,
    author: TextSchema,
    description: TextSchema,
    headimg: HttpUrlSchema,
    thumbnail: HttpUrlSchema,
    cover: HttpUrlSchema,
    comments: BooleanSchema,
    draft: BooleanSchema,
    published: BooleanSchema,
    permalink: TextSchema,
    slug: TextSchema,
    format: BodyFormatSchema,
  };
}

/** Fields that must be present. */
export const REQUIRED_FIELDS: ReadonlySet<string> = new Set(['title', 'date']);

/** Known front-matter keys; every other key goes to `extra`. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set(Object.keys(createFrontMatterShape('UTC')));

/**
 * The front-matter schema for one site time zone. Unknown keys are kept in `extra`; every bad field
 * is reported, not only the first. Parse with `{ reportInput: true }` so problems can quote values.
 */
export function createFrontMatterSchema(timeZone: string) {
  return z.looseObject(createFrontMatterShape(timeZone)).transform(resolveFrontMatter);
}

/** Front matter as written, before validation (`z.input`). */
export type FrontMatterInput = z.input<ReturnType<typeof createFrontMatterSchema>>;

type ValidFields = z.output<z.ZodObject<ReturnType<typeof createFrontMatterShape>>> & Record<string, unknown>;

function resolveFrontMatter(fields: ValidFields): ArticleFrontMatter {
  const { headimg, thumbnail, cover, draft, published, comments, categories, tags } = fields;
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!KNOWN_FIELDS.has(key)) extra[key] = toJsonSafe(value);
  }
  return dropUndefined({
    title: fields.title,
    date: fields.date,
    updated: fields.updated,
    categories: categories ?? [],
    tags: tags ?? [],
    author: fields.author,
    description: fields.description,
    cover: headimg ?? cover,
    thumbnail: thumbnail ?? cover ?? headimg,
    comments: comments ?? true,
    draft: draft === true || published === false,
    permalink: fields.permalink,
    slug: fields.slug,
    format: fields.format,
    extra,
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
