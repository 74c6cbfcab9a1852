import { describe, expect, test } from 'vitest';
import { formatProblem } from '../report/problem.ts';
import { createFrontMatterSchema } from './front-matter-schema.ts';
import { describeValue, reportFrontMatterIssues } from './report-front-matter-issues.ts';

const schema = createFrontMatterSchema('Asia/Shanghai');

function report(data: Record<string, unknown>, lineOf?: (field: string) => number | undefined) {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return reportFrontMatterIssues(result.error.issues, { file: 'content/a.md', ...(lineOf && { lineOf }) });
}

describe('reportFrontMatterIssues', () => {
  test('asks to add a missing required field', () => {
    expect(report({ date: '2022-02-23' }).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/a.md: front matter \`title\`: expected a non-empty text, received nothing. Add a \`title:\` line to the front matter.",
      ]
    `);
  });

  test('asks to fix, not remove, a bad required field', () => {
    expect(report({ title: null, date: '2022-02-23' }).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/a.md: front matter \`title\`: expected a non-empty text, received an empty value. Fix the value.",
      ]
    `);
  });

  test('names nested fields with a dotted path and the line of their key', () => {
    const problems = report({ title: 'a', date: '2022-02-23', categories: [['A', ['B']]] }, (field) =>
      field === 'categories' ? 7 : undefined,
    );
    expect(problems).toEqual([
      {
        file: 'content/a.md',
        field: 'categories.0.1',
        line: 7,
        message: 'expected a category name (text), received a list ["B"]. Fix the value or remove the field.',
        ruleId: 'front-matter-invalid-categories',
        severity: 'error',
      },
    ]);
  });

  test('uses the missing-field rule id only for absent required fields', () => {
    expect(report({}).map((problem) => problem.ruleId)).toEqual(['front-matter-missing-field', 'front-matter-missing-field']);
    expect(report({ title: 'a', date: 'x' }).map((problem) => problem.ruleId)).toEqual(['front-matter-invalid-date']);
  });
});

describe('describeValue', () => {
  test.each([
    [undefined, 'nothing'],
    [null, 'an empty value'],
    ['yesterday', '"yesterday"'],
    ['x'.repeat(80), `"${'x'.repeat(59)}…"`],
    [42, '42'],
    [false, 'false'],
    [new Date('2022-02-23T00:00:00Z'), 'the date 2022-02-23T00:00:00.000Z'],
    [['a', 1], 'a list ["a",1]'],
    [{ a: 1 }, 'a mapping {"a":1}'],
  ])('describes %j', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});
