import type { ParseArticleOptions, ParseArticleResult } from './article.ts';
import { assertTimeZone } from './dates.ts';
import { createFrontMatterSchema } from './front-matter-schema.ts';
import type { FrontMatterBlock } from './locate-fields.ts';
import { normalizeSource } from './normalize-source.ts';
import { readFrontMatter } from './read-front-matter.ts';
import { reportFrontMatterIssues } from './report-front-matter-issues.ts';

/** Fields whose unquoted YAML timestamps are read again from the text as written. */
const TEXT_AS_WRITTEN_FIELDS = ['title', 'date', 'updated'];

/** One schema per time zone: building a zod schema per article would cost more than parsing it. */
const schemas = new Map<string, ReturnType<typeof createFrontMatterSchema>>();

function schemaFor(timeZone: string) {
  let schema = schemas.get(timeZone);
  if (schema === undefined) {
    assertTimeZone(timeZone);
    schema = createFrontMatterSchema(timeZone);
    schemas.set(timeZone, schema);
  }
  return schema;
}

/**
 * Parse one article: front matter (validated) and body. Never throws for a bad article: every
 * problem found is returned. Throws only for a bad `timeZone`, which is configuration.
 */
export function parseArticle(raw: string, options: ParseArticleOptions): ParseArticleResult {
  const schema = schemaFor(options.timeZone);
  const source = normalizeSource(raw);
  const read = readFrontMatter(source, options.file);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const result = schema.safeParse(restoreTimestampText(read.data, read.block), { reportInput: true });
  if (!result.success) {
    const lineOf = (field: string) => {
      const line = read.block.fields.get(field)?.line;
      return line === undefined ? undefined : line + source.lineOffset;
    };
    return { ok: false, problems: reportFrontMatterIssues(result.error.issues, { file: options.file, lineOf }) };
  }
  const headerLength = source.text.length - read.body.length;
  return {
    ok: true,
    frontMatter: result.data,
    body: read.body,
    bodyStartLine: source.lineOffset + countLines(source.text.slice(0, headerLength)) + 1,
    problems: [],
  };
}

/**
 * js-yaml makes unquoted timestamps Dates in UTC and forgets whether an offset was written. Hand the
 * schema the text instead, so `2022-02-23 09:50:30` is read in the site time zone while
 * `2022-02-23T09:50:30Z` stays absolute, and `title: 2021-05-01` stays that text.
 */
function restoreTimestampText(data: Record<string, unknown>, block: FrontMatterBlock): Record<string, unknown> {
  const restored = { ...data };
  for (const field of TEXT_AS_WRITTEN_FIELDS) {
    const raw = block.fields.get(field)?.raw;
    if (restored[field] instanceof Date && raw) restored[field] = raw;
  }
  return restored;
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
