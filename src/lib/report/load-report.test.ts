import { describe, expect, test } from 'vitest';
import { createLoadReport, formatFailure, formatLoadSummary, listErrors } from './load-report.ts';
import type { Problem } from './problem.ts';

const dateProblem: Problem = {
  file: 'content/a.md',
  field: 'date',
  line: 4,
  message: 'expected a date, received "yesterday". Fix the value or remove the field.',
  ruleId: 'front-matter-invalid',
  severity: 'error',
};

describe('load report', () => {
  test('lists only errors, not warnings', () => {
    const report = createLoadReport();
    report.problems.push(dateProblem, { ...dateProblem, severity: 'warning', ruleId: 'x' });
    expect(listErrors(report)).toEqual([dateProblem]);
  });

  test('accounts for every file in the summary line', () => {
    const report = { ...createLoadReport(), read: 5, published: 2, drafts: 1, future: 1, skipped: 1, processed: 3, unchanged: 2 };
    expect(formatLoadSummary(report, 'content')).toMatchInlineSnapshot(
      `"5 files read in content: 2 published, 1 drafts, 1 future-dated, 1 skipped with errors (3 processed, 2 unchanged since the last build)."`,
    );
  });

  test('counts bad files, not errors, when failing', () => {
    const other: Problem = { ...dateProblem, field: 'title', line: 2, message: 'is required.' };
    expect(formatFailure([dateProblem, other], 10)).toMatchInlineSnapshot(
      `"1 of 10 articles have errors (listed above), so the build stopped."`,
    );
  });
});
