import { formatProblem, type Problem } from './problem.ts';

/** Running totals of one content sync, so that no article disappears without being counted. */
export interface LoadReport {
  /** Markdown files found in the content folder. */
  read: number;
  /** Files parsed and rendered in this sync (new or changed since the last one). */
  processed: number;
  /** Files whose digest matched the stored entry, so their cached result was reused. */
  unchanged: number;
  /** Valid articles a production build publishes. */
  published: number;
  /** Valid articles marked `draft: true` or `published: false`: shown by `astro dev` only. */
  drafts: number;
  /** Valid articles dated in the future: shown by `astro dev` only, until their date. */
  future: number;
  /** Files left out because they have errors; each has at least one error in `problems`. */
  skipped: number;
  problems: Problem[];
}

/** A report with every count at zero. */
export function createLoadReport(): LoadReport {
  return { read: 0, processed: 0, unchanged: 0, published: 0, drafts: 0, future: 0, skipped: 0, problems: [] };
}

/** Errors in the report, i.e. the problems that skip an article or fail a strict build. */
export function listErrors(report: LoadReport): Problem[] {
  return report.problems.filter((problem) => problem.severity === 'error');
}

/** One line that accounts for every file read: published + drafts + future + skipped = read. */
export function formatLoadSummary(report: LoadReport, contentDir: string): string {
  return (
    `${report.read} files read in ${contentDir}: ${report.published} published, ${report.drafts} drafts, ` +
    `${report.future} future-dated, ${report.skipped} skipped with errors ` +
    `(${report.processed} processed, ${report.unchanged} unchanged since the last build).`
  );
}

/** Why a strict build stopped, once every error has been logged above it. */
export function formatFailure(errors: Problem[], fileCount: number): string {
  const files = new Set(errors.map((problem) => problem.file)).size;
  return `${files} of ${fileCount} articles have errors (listed above), so the build stopped.`;
}

/** What to do about a failed strict build. */
export const FAILURE_HINT =
  'Fix them, or build with CLIPPINGS_LENIENT=1 (or `lenient: true` in clippings.config.mjs) to skip these articles with a warning.';
