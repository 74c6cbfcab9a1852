import type { z } from 'astro/zod';
import type { Problem } from '../report/problem.ts';
import { REQUIRED_FIELDS } from './front-matter-schema.ts';
import { toJsonSafe } from './front-matter-values.ts';

/** Rule ids per top-level field. Published rule ids are never renamed. */
const RULE_IDS: Record<string, string> = {
  title: 'front-matter-invalid-title',
  date: 'front-matter-invalid-date',
  updated: 'front-matter-invalid-date',
  categories: 'front-matter-invalid-categories',
  tags: 'front-matter-invalid-tags',
  headimg: 'front-matter-invalid-url',
  thumbnail: 'front-matter-invalid-url',
  cover: 'front-matter-invalid-url',
  comments: 'front-matter-invalid-boolean',
  draft: 'front-matter-invalid-boolean',
  published: 'front-matter-invalid-boolean',
  format: 'front-matter-invalid-format',
};

/** Where the problems come from. */
export interface FrontMatterIssueContext {
  /** Display path of the article. */
  file: string;
  /** Line of a top-level field in the original file, when known. */
  lineOf?: (field: string) => number | undefined;
}

/**
 * Turn schema issues into problems that say which file and field, what was expected and received,
 * and what to do. Each issue's message is the expectation, e.g. "a non-empty text".
 */
export function reportFrontMatterIssues(
  issues: readonly z.core.$ZodIssue[],
  context: FrontMatterIssueContext,
): Problem[] {
  const problems = issues.map((issue): Problem => {
    const top = String(issue.path[0] ?? '');
    const isMissing = issue.input === undefined && REQUIRED_FIELDS.has(top) && issue.path.length === 1;
    const line = context.lineOf?.(top);
    return {
      file: context.file,
      ...(issue.path.length > 0 && { field: issue.path.map(String).join('.') }),
      ...(line !== undefined && { line }),
      message: `expected ${issue.message}, received ${describeValue(issue.input)}. ${describeFix(top, isMissing)}`,
      ruleId: isMissing ? 'front-matter-missing-field' : (RULE_IDS[top] ?? 'front-matter-invalid-field'),
      severity: 'error',
    };
  });
  // In file order, so an editor can walk down the front matter; fields without a line come first.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function describeFix(field: string, isMissing: boolean): string {
  if (isMissing) return `Add a \`${field}:\` line to the front matter.`;
  return REQUIRED_FIELDS.has(field) ? 'Fix the value.' : 'Fix the value or remove the field.';
}

/** A short, quoted rendering of a YAML value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  if (value instanceof Date) return `the date ${String(toJsonSafe(value))}`;
  if (Array.isArray(value)) return `a list ${shorten(JSON.stringify(toJsonSafe(value)))}`;
  if (typeof value === 'object') return `a mapping ${shorten(JSON.stringify(toJsonSafe(value)))}`;
  return String(value);
}

function shorten(text: string, max = 60): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}
