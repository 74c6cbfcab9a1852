// `npm run check [-- [--bodies] [--json] [file.md …]]`: validate the content folder without building the site.
// Same messages as the build, plus warnings about likely mistakes (future dates, a title twice in one category;
// with --bodies, images without a size and bodies empty once sanitized); exit code 1 when any article has an
// error. Fast enough for a pre-commit hook: front matter and permalinks only, unless --bodies also runs the HTML
// pipeline. --json prints one JSON object for tools instead of lines.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { config, contentRoot } from '../src/config.ts';
import { listArticleFiles, toDisplayPath } from '../src/content/article-files.ts';
import { checkArchive } from '../src/lib/archive/check-archive.ts';
import { decodeArticleFile } from '../src/lib/article/decode-article-file.ts';
import { formatProblem } from '../src/lib/report/problem.ts';

const args = process.argv.slice(2);
const withBodies = args.includes('--bodies');
const asJson = args.includes('--json');
const only = args.filter((arg) => !arg.startsWith('--'));

const started = performance.now();
const files = only.length > 0
  ? only.map((file) => path.relative(contentRoot, path.resolve(file)).split(path.sep).join('/'))
  : await listArticleFiles(contentRoot, config.include);
const outside = files.filter((file) => file.startsWith('../') || path.isAbsolute(file));
if (outside.length > 0) {
  console.error(`These files are not inside the content folder ${config.contentDir}: ${outside.join(', ')}`);
  process.exit(2);
}

const decoded = await Promise.all(
  files.map(async (sourcePath) => {
    const displayPath = toDisplayPath(contentRoot, sourcePath);
    return { sourcePath, displayPath, decoded: decodeArticleFile(await readFile(path.join(contentRoot, sourcePath)), displayPath) };
  }),
);
// Files that are not UTF-8 text are errors of their own; the rest are checked as articles.
const unreadable = decoded.flatMap(({ decoded }) => (decoded.ok ? [] : [decoded.problem]));
const sources = decoded.flatMap(({ sourcePath, displayPath, decoded }) => (decoded.ok ? [{ sourcePath, displayPath, raw: decoded.text }] : []));
const checked = checkArchive(sources, { timeZone: config.timeZone, permalinkPattern: config.permalink, withBodies });
const result = {
  ...checked,
  problems: [...unreadable, ...checked.problems],
  invalid: checked.invalid + unreadable.length,
  errorCount: checked.errorCount + unreadable.length,
};

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (asJson) {
  const summary = { files: files.length, valid: result.valid, invalid: result.invalid, errors: result.errorCount, warnings: result.problems.length - result.errorCount };
  console.log(JSON.stringify({ ...summary, problems: result.problems.map((problem) => ({ ...problem, text: formatProblem(problem) })) }, null, 2));
} else {
  for (const problem of result.problems) console.log(formatProblem(problem));
  console.log(
    `${files.length} files checked in ${seconds} s: ${result.valid} valid, ${result.invalid} with errors, ` +
      `${result.problems.length - result.errorCount} warnings.`,
  );
}
process.exit(result.invalid > 0 ? 1 : 0);
