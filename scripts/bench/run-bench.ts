// `npm run bench -- [--articles 10000] [--seed 1] [--out bench-out]`
// Generates a synthetic archive, builds it from a clean state, again with nothing changed, after editing one article,
// after undoing that edit and after adding one article, and reports wall time and peak memory (whole process tree)
// per phase, as a table and JSON.
// After the edit and the addition the site's own search looks for words only the new text has.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleFiles } from '../../src/content/article-files.ts';
import { measureFolder } from '../../src/integrations/measure-folder.ts';
import { describeMachine, formatBenchTable, type BenchRun } from './format-bench-table.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureBuild } from './measure-build.ts';
import matter from 'gray-matter';
import { readSearchManifest } from '../../src/content/search-manifest.ts';
import { formatSearchTable, measureSearch, searchSite } from './measure-search.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench-out' },
    // `--no-search` skips measuring searches in Chromium after the builds.
    search: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const outRoot = path.resolve(values.out!);
const corpusDir = path.join(outRoot, `corpus-${articles}-${seed}`);
const distDir = path.join(outRoot, `dist-${articles}`);
const cacheDir = path.join(outRoot, `cache-${articles}`);
const quiet = process.env.CI === 'true' || !process.stdout.isTTY;
/** Pages Astro has reported rendering in the current build, for a progress line every 10,000. */
let pagesRendered = 0;

if (!existsSync(path.join(corpusDir, '.complete'))) {
  const started = performance.now();
  rmSync(corpusDir, { recursive: true, force: true });
  await generateCorpus({ articles, seed, outDir: corpusDir });
  writeFileSync(path.join(corpusDir, '.complete'), '');
  console.log(`Generated ${articles} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (${corpusDir}).`);
}
rmSync(distDir, { recursive: true, force: true });
rmSync(cacheDir, { recursive: true, force: true });

const env = {
  CLIPPINGS_CONTENT_DIR: path.relative(process.cwd(), corpusDir),
  CLIPPINGS_OUT_DIR: distDir,
  CLIPPINGS_CACHE_DIR: cacheDir,
  CLIPPINGS_LENIENT: '1',
  // The build's output reaches a person through this script: let it report progress unless this script is quiet.
  CLIPPINGS_PROGRESS: quiet ? '0' : '1',
};

async function run(name: string): Promise<BenchRun> {
  console.log(`\n${name}…`);
  const measure = await measureBuild(env, { onLine: quiet ? undefined : showProgress });
  if (measure.status !== 0) {
    console.error(measure.log.slice(-5000));
    throw new Error(`The build "${name}" failed with status ${measure.status}.`);
  }
  return {
    name,
    ...measure,
    log: undefined,
    outputBytes: measureFolder(distDir),
    indexBytes: measureFolder(path.join(distDir, 'pagefind')),
  };
}

const runs: BenchRun[] = [await run('clean build'), await run('rebuild, nothing changed')];
const edited = (await listArticleFiles(corpusDir))[Math.floor(articles / 2)]!;
const editedPath = path.join(corpusDir, edited);
const original = readFileSync(editedPath, 'utf8');
try {
  writeFileSync(editedPath, `${original}\n<p>编辑后追加的一段文字，用来测量只改动一篇文章时的重新构建。</p>\n`);
  runs.push(await findChange(await run('rebuild, one article edited'), '只改动一篇文章时的重新构建', String(matter(original.trimStart()).data.title)));
} finally {
  writeFileSync(editedPath, original);
}
// The edit undone as a build of its own (an edit too, back to the first text), so that the addition's build below
// costs the addition alone rather than the addition plus re-indexing the edited article's shard.
runs.push(await run('rebuild, edit undone'));
// Added: the newest article of a category every archive of the generator has, so its lists and feeds change too.
const addedPath = path.join(corpusDir, 'bench-added', 'bench-added-article.md');
const addedTitle = '基准测试新增的一篇文章';
try {
  mkdirSync(path.dirname(addedPath), { recursive: true });
  writeFileSync(
    addedPath,
    `---\ntitle: '${addedTitle}'\ndate: ${new Date().toISOString()}\ncategories:\n  - 新媒体\n  - 36kr\n  - 资讯\ntags:\n  - 基准测试\n---\n` +
      '<p>这一段只在新增的文章里出现，用来确认搜索能找到刚刚加入归档的内容。</p>\n',
  );
  runs.push(await findChange(await run('rebuild, one article added'), '确认搜索能找到刚刚加入归档的内容', addedTitle));
} finally {
  rmSync(path.dirname(addedPath), { recursive: true, force: true });
}

/**
 * Look in the built site's search for words only the changed article has, as a reader would (skipped with
 * `--no-search`): where that article ranks, and how long the search took.
 */
async function findChange(measured: BenchRun, query: string, title: string): Promise<BenchRun> {
  if (!values.search) return measured;
  const target = readSearchManifest(cacheDir).find((record) => record.title === title)?.href;
  const [found] = await searchSite(env, [{ kind: measured.name, query, target }]);
  return { ...measured, searchAfter: { query, targetRank: found!.targetRank ?? 0, firstResultsMs: found!.firstResultsMs } };
}

const machine = describeMachine();
if (values.search) console.log('\nsearching in Chromium…');
const search = values.search ? await measureSearch(env) : undefined;
const report = { articles, seed, machine, date: new Date().toISOString(), runs, search };
writeFileSync(path.join(outRoot, `bench-${articles}.json`), JSON.stringify(report, null, 2));
console.log(`\n${formatBenchTable(report)}${search ? `\n\n${formatSearchTable(search)}` : ''}\n\nJSON: ${path.join(outRoot, `bench-${articles}.json`)}`);

/**
 * Pass the build's progress lines through (articles read, shards indexed) and condense Astro's line per rendered
 * page into one line per 10,000 pages.
 */
function showProgress(line: string): void {
  if (/generating static routes/.test(line)) pagesRendered = 0;
  if (/\(\+\d+(\.\d+)?m?s\)/.test(line) && ++pagesRendered % 10_000 === 0) console.log(`  ${pagesRendered} pages rendered…`);
  if (/Read \d+ of \d+ articles|Indexing|Shard \d|Search index|files read|page\(s\) built|Syncing|Synced|generating static routes|processed/.test(line)) {
    console.log(`  ${line.trim()}`);
  }
}
