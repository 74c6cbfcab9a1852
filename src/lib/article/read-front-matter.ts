import matter from 'gray-matter';
import type { Problem } from '../report/problem.ts';
import { locateFields } from './locate-fields.ts';
import type { FrontMatterBlock } from './locate-fields.ts';
import type { NormalizedSource } from './normalize-source.ts';

/** Front matter split from the body, not validated yet. */
export interface RawFrontMatter {
  ok: true;
  data: Record<string, unknown>;
  body: string;
  /** Top-level keys and their lines in the normalized text. */
  block: FrontMatterBlock;
}

/**
 * Options are always passed: without them gray-matter caches every input it has seen, which at
 * 100,000 articles is a memory leak. Only YAML is read — gray-matter would `eval` a `---js` block.
 */
export const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    javascript: () => {
      throw new Error('JavaScript front matter is not supported.');
    },
  },
};

/** Split the front matter from the body with gray-matter, turning every failure into a problem. */
export function readFrontMatter(
  source: NormalizedSource,
  file: string,
): RawFrontMatter | { ok: false; problem: Problem } {
  const { text, lineOffset } = source;
  const fail = (ruleId: string, message: string, line = 1) => ({
    ok: false as const,
    problem: { file, line: line + lineOffset, message, ruleId, severity: 'error' as const },
  });
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (firstLine.trimEnd() !== '---') {
    return fail(
      'front-matter-missing',
      'The file has no front matter. It must start with a `---` line, then fields such as `title:` and `date:`, then a closing `---` line. Add front matter, or move the file out of the content folder.',
    );
  }
  const block = locateFields(text);
  if (!block.isClosed) {
    return fail('front-matter-unclosed', 'The front matter is never closed. Add a `---` line after the last field.');
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, MATTER_OPTIONS);
  } catch (error) {
    const { reason, line } = describeYamlError(error);
    return fail(
      'front-matter-yaml-syntax',
      `The front matter is not valid YAML: ${reason}. Fix the YAML on this line or the one before it; quote a value that contains \`: \` or \` #\`, or starts with a quote, \`[\`, \`{\`, \`*\`, \`&\`, \`!\`, \`|\`, \`>\` or \`@\`.`,
      line,
    );
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      'front-matter-not-mapping',
      'The front matter is not a list of `key: value` fields. Write one field per line, such as `title: …`.',
      2,
    );
  }
  if (countValues(data, MAX_FRONT_MATTER_VALUES) > MAX_FRONT_MATTER_VALUES) {
    return fail(
      'front-matter-too-large',
      `The front matter holds more than ${MAX_FRONT_MATTER_VALUES.toLocaleString('en')} values, usually because YAML aliases (\`*name\`) repeat an anchored list (\`&name\`) again and again. Write the values out, without anchors and aliases.`,
    );
  }
  return { ok: true, data: data as Record<string, unknown>, body: parsed.content, block };
}

/**
 * Most values front matter may hold once its YAML aliases are expanded. A real article has a few dozen; a
 * "billion laughs" block (nine aliases of nine aliases…) holds 10^9 and exhausted memory when validated.
 */
const MAX_FRONT_MATTER_VALUES = 10_000;

/**
 * Count the values in loaded YAML as every later step sees them: an aliased list counts each time it is
 * referenced. Stops as soon as `limit` is passed, so a bomb costs at most `limit` steps.
 */
function countValues(root: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    count++;
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) stack.push(...Object.values(value));
  }
  return count;
}

/** js-yaml's reason and the line in the normalized text (its mark counts from the `---` line). */
function describeYamlError(error: unknown): { reason: string; line: number } {
  const { reason, mark } = error as { reason?: unknown; mark?: { line?: unknown } };
  const text = typeof reason === 'string' ? reason : error instanceof Error ? error.message : String(error);
  return { reason: text, line: typeof mark?.line === 'number' ? mark.line + 1 : 1 };
}
