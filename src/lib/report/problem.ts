/** How serious a problem is: errors stop the build (unless lenient), warnings never do. */
export type ProblemSeverity = 'error' | 'warning';

/** Something wrong with one article, reported with enough context for an editor to fix it. */
export interface Problem {
  /** Path of the article as the editor sees it, relative to the project root, e.g. `content/36kr/a.md`. */
  file: string;
  /** Front-matter field (dotted path, e.g. `categories.1`) or `body`, when the problem belongs to one. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column in the file, when known. */
  column?: number;
  /** Full sentences: what was expected, what was found, and what to do. */
  message: string;
  /** Stable identifier of the rule that produced the problem, e.g. `front-matter-invalid-date`. Never renamed. */
  ruleId: string;
  severity: ProblemSeverity;
}

/** Format a problem as one line: `file:line:column: front matter \`field\`: message`. */
export function formatProblem(problem: Problem): string {
  let place = problem.file;
  if (problem.line !== undefined) {
    place += `:${problem.line}`;
    if (problem.column !== undefined) place += `:${problem.column}`;
  }
  const subject =
    problem.field === undefined
      ? ''
      : problem.field === 'body'
        ? 'body: '
        : `front matter \`${problem.field}\`: `;
  return `${place}: ${subject}${problem.message}`;
}
