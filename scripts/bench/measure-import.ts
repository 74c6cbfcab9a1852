// `npm run bench:import -- [--items 1000] [--archive 10000] [--seed 1] [--out bench-out]`
// Generates a feed of `items` items and measures `npm run import` (scripts/import-feeds.ts) on it three times: into
// an empty folder, the same feed again (every item must come out unchanged), and into a copy of the generated
// `archive`-article benchmark corpus, whose every article the importer reads first. Reports wall time and peak
// memory of the importer's process tree, as a table and as JSON in `<out>/import-<items>-into-<archive>.json`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { describeMachine, markdownTable, mib } from './format-bench-table.ts';
import { generateCorpus } from './generate-corpus.ts';
import { generateFeed } from './generate-feed.ts';
import { readTreeRss } from './process-tree-memory.ts';

/** The importer's totals, as its last line prints them. */
interface ImportSummary {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** One measured import. */
interface ImportRun {
  name: string;
  seconds: number;
  /** Peak resident set of the importer's process tree, sampled every {@link SAMPLE_MS} ms. */
  peakRssBytes: number;
  /** The importer's own high-water mark (`VmHWM`) as last read before it exited: catches a peak between samples. */
  hwmBytes: number;
  summary: ImportSummary;
  /** `.md` files in the target folder after the import. */
  files: number;
}

/** Imports of 1,000 items take seconds: sample often enough to see their peak. */
const SAMPLE_MS = 50;
const root = path.resolve(import.meta.dirname, '../..');
const importer = path.join(root, 'scripts/import-feeds.ts');

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '1000' },
    archive: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench-out' },
  },
});
const items = Number(values.items);
const archive = Number(values.archive);
const seed = Number(values.seed);
if (![items, archive].every((count) => Number.isInteger(count) && count >= 1) || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
  console.error(`--items and --archive must be positive integers and --seed an integer from 0 to 2^32 − 1; received ${values.items}, ${values.archive} and ${values.seed}.`);
  process.exit(2);
}
const outRoot = path.resolve(values.out);
const corpusDir = path.join(outRoot, `corpus-${archive}-${seed}`);
const feedFile = path.join(outRoot, `feed-${items}-${seed}.xml`);

// Other work on the machine slows the imports down: recorded so that a reader can judge the figures.
const loadBefore = os.loadavg()[0]!;
mkdirSync(outRoot, { recursive: true });
const feed = generateFeed({ items, seed });
writeFileSync(feedFile, feed.xml);
console.log(`Feed: ${feed.items} items (${feed.duplicateTitles} repeated titles, ${feed.undated} without a date), ${(Buffer.byteLength(feed.xml) / 2 ** 20).toFixed(1)} MiB (${feedFile}).`);
await ensureCorpus();

const work = mkdtempSync(path.join(outRoot, 'import-tmp-'));
const runs: ImportRun[] = [];
let archiveArticles = 0;
try {
  const empty = path.join(work, 'empty');
  mkdirSync(empty);
  const first = await run('into an empty folder', empty);
  assertRun(first, { new: items, updated: 0, unchanged: 0, rejected: 0 }, first.summary.new);
  const again = await run('the same feed again', empty);
  assertRun(again, { new: 0, updated: 0, unchanged: items, rejected: 0 }, first.files);

  const copy = path.join(work, 'archive');
  cpSync(corpusDir, copy, { recursive: true });
  archiveArticles = countArticleFiles(copy);
  const into = await run(`into a copy of the ${archive.toLocaleString('en')}-article archive`, copy);
  assertRun(into, { new: items, updated: 0, unchanged: 0, rejected: 0 }, archiveArticles + items);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const machine = describeMachine();
const report = {
  items,
  archive,
  archiveArticles,
  seed,
  machine,
  date: new Date().toISOString(),
  loadAverageBefore: loadBefore,
  feed: { file: path.basename(feedFile), bytes: Buffer.byteLength(feed.xml), duplicateTitles: feed.duplicateTitles, undated: feed.undated },
  runs,
};
const jsonFile = path.join(outRoot, `import-${items}-into-${archive}.json`);
writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${formatImportTable(report)}\n\nJSON: ${jsonFile}`);

/** Generate the benchmark corpus as `npm run bench` does, unless a complete one is there. */
async function ensureCorpus(): Promise<void> {
  if (existsSync(path.join(corpusDir, '.complete'))) return;
  const started = performance.now();
  // generateCorpus replaces an interrupted corpus, and refuses a folder holding anything else.
  await generateCorpus({ articles: archive, seed, outDir: corpusDir });
  writeFileSync(path.join(corpusDir, '.complete'), '');
  console.log(`Generated ${archive} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (${corpusDir}).`);
}

/** Import the feed into `into`, measured, and read the importer's summary; throws if it failed. */
async function run(name: string, into: string): Promise<ImportRun> {
  console.log(`\n${name}…`);
  const measure = await measureImport(into);
  const summary = readImportSummary(measure.log);
  if (measure.status !== 0 || summary === undefined) {
    throw new Error(`The import "${name}" exited with status ${measure.status}${summary ? '' : ' and printed no summary'}; its output ends:\n${measure.log.slice(-3000)}`);
  }
  const result = { name, seconds: measure.seconds, peakRssBytes: measure.peakRssBytes, hwmBytes: measure.hwmBytes, summary, files: countArticleFiles(into) };
  console.log(`  ${result.seconds.toFixed(2)} s, peak ${mib(Math.max(result.peakRssBytes, result.hwmBytes))}: ${measure.log.trim().split('\n').at(-1)}`);
  runs.push(result);
  return result;
}

/** Throw, naming what differs, unless the run printed `expected` and left `files` article files. */
function assertRun(run: ImportRun, expected: ImportSummary, files: number): void {
  const printed = JSON.stringify(run.summary);
  if (printed !== JSON.stringify(expected)) {
    throw new Error(`The import "${run.name}" printed ${printed}, expected ${JSON.stringify(expected)}.`);
  }
  if (run.files !== files) {
    throw new Error(`The import "${run.name}" left ${run.files} .md files in its folder, expected ${files}.`);
  }
}

/**
 * Run the importer in a child process (the Node running this script) and measure its wall time and peak memory:
 * the resident set of its process tree, and its own `VmHWM`, sampled every {@link SAMPLE_MS} ms.
 */
function measureImport(into: string): Promise<{ status: number | null; seconds: number; peakRssBytes: number; hwmBytes: number; log: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--experimental-strip-types', importer, feedFile, '--into', into], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakRssBytes = 0;
  let hwmBytes = 0;
  const sample = () => {
    peakRssBytes = Math.max(peakRssBytes, readTreeRss(child.pid!));
    hwmBytes = Math.max(hwmBytes, readHighWaterMark(child.pid!));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const chunks: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (text: string) => chunks.push(text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => chunks.push(text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, seconds: (performance.now() - started) / 1000, peakRssBytes, hwmBytes, log: chunks.join('') });
    });
  });
}

/** A process's peak resident set so far (`VmHWM` in /proc/<pid>/status, Linux); 0 once it has ended. */
function readHighWaterMark(pid: number): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib === undefined ? 0 : Number(kib) * 1024;
  } catch {
    // The process ended between two samples: its last reading stands.
    return 0;
  }
}

/** The totals of the importer's last line (`1 feed(s) read, 0 failed: 1000 new, …`), if it printed one. */
function readImportSummary(log: string): ImportSummary | undefined {
  const match = /(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) rejected\.\s*$/.exec(log);
  if (!match) return undefined;
  const [, created, updated, unchanged, rejected] = match.map(Number);
  return { new: created!, updated: updated!, unchanged: unchanged!, rejected: rejected! };
}

/** `.md` files below a folder; dot-folders are skipped, as the importer skips them. */
function countArticleFiles(dir: string): number {
  return globSync('**/*.md', { cwd: dir }).length;
}

/** A Markdown table of the runs. */
function formatImportTable(report: { items: number; archiveArticles: number; seed: number; machine: string; runs: ImportRun[] }): string {
  const header = ['run', 'time', 'peak RSS (sampled)', 'VmHWM', 'new', 'updated', 'unchanged', 'rejected', '.md files after'];
  const rows = report.runs.map((run) => [
    run.name,
    `${run.seconds.toFixed(2)} s`,
    mib(run.peakRssBytes),
    mib(run.hwmBytes),
    ...[run.summary.new, run.summary.updated, run.summary.unchanged, run.summary.rejected, run.files].map(String),
  ]);
  return [
    `${report.items} feed items (seed ${report.seed}); archive of ${report.archiveArticles} articles; on ${report.machine}`,
    '',
    markdownTable(header, rows),
  ].join('\n');
}
