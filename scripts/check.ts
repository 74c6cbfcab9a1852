// `npm run check [-- [--bodies] [file.md …]]`: validate the content folder without building the site.
// Same messages as the build; exit code 1 when any article has an error. Fast enough for a pre-commit hook:
// front matter and permalinks only, unless --bodies also runs the HTML pipeline.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { config, contentRoot } from '../src/config.ts';
import { listArticleFiles, toDisplayPath } from '../src/content/article-files.ts';
import { checkArchive } from '../src/lib/archive/check-archive.ts';
import { formatProblem } from '../src/lib/report/problem.ts';

const args = process.argv.slice(2);
const withBodies = args.includes('--bodies');
const only = args.filter((arg) => !arg.startsWith('--'));

const started = performance.now();
const files = only.length > 0
  ? only.map((file) => path.relative(contentRoot, path.resolve(file)).split(path.sep).join('/'))
  : await listArticleFiles(contentRoot);
const outside = files.filter((file) => file.startsWith('../') || path.isAbsolute(file));
if (outside.length > 0) {
  console.error(`These files are not inside the content folder ${config.contentDir}: ${outside.join(', ')}`);
  process.exit(2);
}

const sources = await Promise.all(
  files.map(async (sourcePath) => ({
    sourcePath,
    displayPath: toDisplayPath(contentRoot, sourcePath),
    raw: await readFile(path.join(contentRoot, sourcePath), 'utf8'),
  })),
);
const result = checkArchive(sources, { timeZone: config.timeZone, permalinkPattern: config.permalink, withBodies });

for (const problem of result.problems) console.log(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${files.length} files checked in ${seconds} s: ${result.valid} valid, ${result.invalid} with errors, ` +
    `${result.problems.length - result.errorCount} warnings.`,
);
process.exit(result.invalid > 0 ? 1 : 0);
