// `npm run bench:search -- [--articles N | --content DIR | --dist DIR --cache DIR] [--per-kind 40] [--seed 1]
//   [--queries FILE] [--kinds 'English word,2-character word'] [--reach]`
// The search recall benchmark: builds query sets from an archive with a fixed seed (unique two-word phrases, the same
// with a space, 2-character words, 4-character substrings, Latin with Chinese, numbers with units, English words,
// and characters that never stand together), asks each one of the real search page in Chromium, and prints, per kind
// of query, where the article it came from ranks (found / top 1 / top 5 / top 10), precision, time and bytes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import userConfig from '../../clippings.config.mjs';
import { resolveConfig } from '../../src/lib/config/resolve-config.ts';
import { startPreview } from '../../tests/e2e/preview-server.ts';
import { articlePath, readArchiveTexts } from './archive-texts.ts';
import { describeMachine, gib } from './format-bench-table.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureBuild, type PhaseMeasure } from './measure-build.ts';
import { measureRecall, type RecallResult } from './measure-recall.ts';
import { buildRecallQueries, QUERY_KINDS, type RecallQuery } from './search-queries.ts';
import { formatRecallTable, summarizeByYear, summarizeRecall } from './summarize-recall.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    seed: { type: 'string', default: '1' },
    content: { type: 'string' },
    dist: { type: 'string' },
    cache: { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string', default: 'bench-out' },
    'per-kind': { type: 'string', default: '40' },
    'query-seed': { type: 'string', default: '1' },
    queries: { type: 'string' },
    // Only these kinds of query (comma-separated), e.g. of a saved query set.
    kinds: { type: 'string' },
    // Page through the whole result list for the target ("more results", "search all years"): recall proper.
    reach: { type: 'boolean', default: false },
    // `--no-build` searches the build left by an earlier run of this script.
    build: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const outRoot = path.resolve(values.out!);
mkdirSync(outRoot, { recursive: true });
const seed = Number(values.seed);
const name = values.name ?? (values.articles ? values.articles : values.content ? path.basename(path.resolve(values.content)) : path.basename(path.resolve(values.dist ?? 'site')));
const distDir = values.dist ? path.resolve(values.dist) : path.join(outRoot, `search-${name}`, 'dist');
const cacheDir = values.cache ? path.resolve(values.cache) : path.join(outRoot, `search-${name}`, 'cache');
const { timeZone } = resolveConfig(userConfig, process.env);

let build: { seconds: number; peakRssBytes: number; indexingSeconds?: number; indexingPeakRssBytes?: number; phases: PhaseMeasure[] } | undefined;
if (!values.dist && values.build) {
  let contentDir: string;
  if (values.articles) {
    contentDir = path.join(outRoot, `corpus-${values.articles}-${seed}`);
    if (!existsSync(path.join(contentDir, '.complete'))) {
      rmSync(contentDir, { recursive: true, force: true });
      await generateCorpus({ articles: Number(values.articles), seed, outDir: contentDir });
      writeFileSync(path.join(contentDir, '.complete'), '');
    }
  } else if (values.content) {
    contentDir = path.resolve(values.content);
  } else {
    throw new Error('Say what to search: --articles N (a generated archive), --content DIR (an archive folder) or --dist DIR --cache DIR (a build).');
  }
  rmSync(distDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  console.log(`Building ${contentDir}…`);
  const measure = await measureBuild({
    CLIPPINGS_CONTENT_DIR: contentDir,
    CLIPPINGS_OUT_DIR: distDir,
    CLIPPINGS_CACHE_DIR: cacheDir,
    CLIPPINGS_LENIENT: '1',
    CLIPPINGS_PROGRESS: '0',
  });
  writeFileSync(path.join(path.dirname(distDir), 'build.log'), measure.log);
  if (measure.status !== 0) throw new Error(`The build failed with status ${measure.status}:\n${measure.log.slice(-5000)}`);
  const indexing = measure.phases.find((phase) => phase.name === 'search indexing');
  build = { seconds: measure.seconds, peakRssBytes: measure.peakRssBytes, indexingSeconds: indexing?.seconds, indexingPeakRssBytes: indexing?.peakRssBytes, phases: measure.phases };
  console.log(`Built in ${measure.seconds.toFixed(1)} s, peak ${gib(measure.peakRssBytes)}; search indexing ${indexing?.seconds.toFixed(1)} s / ${gib(indexing?.peakRssBytes ?? 0)}.`);
}

const started = performance.now();
const texts = readArchiveTexts(cacheDir, timeZone);
const textByPath = new Map(texts.map((text) => [articlePath(text.href), `${text.title}\n${text.body}`.toLowerCase()]));
const kinds = values.kinds?.split(',').map((kind) => kind.trim());
const unknownKind = kinds?.find((kind) => !(QUERY_KINDS as readonly string[]).includes(kind));
if (unknownKind) throw new Error(`--kinds: no kind of query "${unknownKind}"; the kinds are ${QUERY_KINDS.join(', ')}.`);
const queries: RecallQuery[] = (
  values.queries
    ? (JSON.parse(readFileSync(values.queries, 'utf8')) as RecallQuery[])
    : buildRecallQueries(texts, { seed: Number(values['query-seed']), perKind: Number(values['per-kind']) })
).filter((query) => !kinds || kinds.includes(query.kind));
const queriesFile = path.join(outRoot, `search-queries-${name}.json`);
if (!values.queries) writeFileSync(queriesFile, JSON.stringify(queries, null, 1));
console.log(`${queries.length} queries from ${texts.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s${values.queries ? '' : ` (${queriesFile})`}.`);

const server = await startPreview({ CLIPPINGS_OUT_DIR: distDir, CLIPPINGS_CACHE_DIR: cacheDir });
let results: RecallResult[];
try {
  results = await measureRecall({ url: server.url, distDir }, queries, (pathname) => textByPath.get(pathname), (result, index) => {
    if ((index + 1) % 20 === 0) console.log(`  ${index + 1}/${queries.length} queries asked…`);
  }, { reach: values.reach });
} finally {
  await server.stop();
}

const summary = summarizeRecall(results);
const byYear = summarizeByYear(results, ['phrase', 'phrase with a space']);
const report = { name, articles: texts.length, machine: describeMachine(), date: new Date().toISOString(), build, summary, byYear, results };
const reportFile = path.join(outRoot, `search-${name}.json`);
writeFileSync(reportFile, JSON.stringify(report, null, 1));
console.log(`\n${texts.length} articles (${name}) on ${report.machine}\n\n${formatRecallTable(summary)}`);
console.log(`\nUnique phrases (both kinds) by year of their article: ${byYear.map((row) => `${row.year} ${(row.top5 * 100).toFixed(0)} % top 5 of ${row.queries}`).join(', ')}`);
console.log(`\nJSON: ${reportFile}`);
