import type { Problem } from '../report/problem.ts';
import { describeCollisions, type ClaimingArticle } from './describe-collisions.ts';
import { lintArticles, type LintedArticle } from './lint-articles.ts';
import { prepareArticle, processArticle } from './process-article.ts';

/** One file handed to {@link checkArchive}. */
export interface SourceFile {
  sourcePath: string;
  displayPath: string;
  raw: string;
}

/** Options for {@link checkArchive}. */
export interface CheckArchiveOptions {
  timeZone: string;
  permalinkPattern: string;
  /** Also run the HTML pipeline, to see body warnings. Default: false (front matter and permalinks only). */
  withBodies?: boolean;
  /** The time future dates are judged against. Default: now. */
  now?: Date;
}

/** What `npm run check` reports. */
export interface CheckResult {
  valid: number;
  invalid: number;
  errorCount: number;
  problems: Problem[];
}

/** Validate many articles the way the build does, without writing anything. */
export function checkArchive(files: SourceFile[], options: CheckArchiveOptions): CheckResult {
  const problems: Problem[] = [];
  const claims: ClaimingArticle[] = [];
  const displayPaths = new Map(files.map((file) => [file.sourcePath, file.displayPath]));
  const linted: LintedArticle[] = [];
  let invalid = 0;
  for (const file of files) {
    const fileOptions = { ...file, timeZone: options.timeZone, permalinkPattern: options.permalinkPattern };
    const result = options.withBodies
      ? processArticle(file.raw, { ...fileOptions, htmlKey: '' })
      : prepareArticle(file.raw, fileOptions);
    problems.push(...result.problems);
    if (!result.ok) {
      invalid++;
      continue;
    }
    const date = 'record' in result ? result.record.date : result.parsed.frontMatter.date;
    const wantedPermalink = 'record' in result ? result.record.wantedPermalink : result.wantedPermalink;
    claims.push({ sourcePath: file.sourcePath, wantedPermalink, date });
    const { title, categories } = 'record' in result ? result.record : result.parsed.frontMatter;
    linted.push({ displayPath: file.displayPath, title, date, categories, ...('html' in result ? { html: result.html } : {}) });
  }
  problems.push(...describeCollisions(claims, (id) => displayPaths.get(id) ?? id));
  problems.push(...lintArticles(linted, options.now ?? new Date()));
  return {
    valid: claims.length,
    invalid,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    problems,
  };
}
