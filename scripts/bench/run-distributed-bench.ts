// `npm run bench:distributed -- [--articles 10000] [--seed 1] [--workers 1,2,4] [--out bench-out]`
// Measures the distributed build (scripts/build-distributed.ts) on the benchmark's generated archive: the planning
// build once from a clean state, then the shard jobs and the assembly from an empty shard cache with each number of
// local workers. From the one-at-a-time shard timings it projects the wall time of a clean build on CI runners, each
// shard job on a machine of its own: plan + the slowest runner's shards + assembly (job start-up, `npm ci` and
// artifact transfers not included; the report says so).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPlanFile } from '../../src/integrations/shard-artifact.ts';
import { runAssemble, runShardJobs, type ShardJobOutcome } from '../distributed/stages.ts';
import { describeMachine, gib, markdownTable } from './format-bench-table.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureBuild } from './measure-build.ts';
import { readTreeRss } from './process-tree-memory.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1,2,4' },
    out: { type: 'string', default: 'bench-out' },
    // CI runner counts to project a clean build onto.
    project: { type: 'string', default: '8,52' },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const workerCounts = values.workers!.split(',').map(Number);
const outRoot = path.resolve(values.out!);
const corpusDir = path.join(outRoot, `corpus-${articles}-${seed}`);
const distDir = path.join(outRoot, `dist-distributed-${articles}`);
const cacheDir = path.join(outRoot, `cache-distributed-${articles}`);
const planDir = path.join(outRoot, `search-plan-${articles}`);
const bundlesDir = path.join(outRoot, `search-bundles-${articles}`);

if (!existsSync(path.join(corpusDir, '.complete'))) {
  rmSync(corpusDir, { recursive: true, force: true });
  await generateCorpus({ articles, seed, outDir: corpusDir });
  writeFileSync(path.join(corpusDir, '.complete'), '');
}
for (const dir of [distDir, cacheDir, planDir, bundlesDir]) rmSync(dir, { recursive: true, force: true });
const env = {
  CLIPPINGS_CONTENT_DIR: path.relative(process.cwd(), corpusDir),
  CLIPPINGS_OUT_DIR: distDir,
  CLIPPINGS_CACHE_DIR: cacheDir,
  CLIPPINGS_LENIENT: '1',
  CLIPPINGS_PROGRESS: '0',
};
Object.assign(process.env, env);

console.log(`planning build of ${articles} articles…`);
const plan = await measureBuild({ ...env, CLIPPINGS_SEARCH_PLAN_DIR: planDir });
if (plan.status !== 0) {
  console.error(plan.log.slice(-5000));
  throw new Error(`The planning build failed with status ${plan.status}.`);
}
const stale = readPlanFile(planDir).shards.filter((shard) => shard.stale);
console.log(`  ${plan.seconds.toFixed(1)} s, peak ${gib(plan.peakRssBytes)}; ${stale.length} shards to index`);

interface WorkersRun {
  workers: number;
  shardJobsSeconds: number;
  /** Peak resident memory of the shard jobs running at once. */
  shardJobsPeakRssBytes: number;
  assembleSeconds: number;
  assemblePeakRssBytes: number;
  jobs: ShardJobOutcome[];
}
const runs: WorkersRun[] = [];
for (const workers of workerCounts) {
  // From an empty shard cache each time, so that every shard is indexed again.
  rmSync(path.join(cacheDir, 'clippings-search-shards'), { recursive: true, force: true });
  rmSync(path.join(cacheDir, 'clippings-search-published.json'), { force: true });
  rmSync(path.join(distDir, 'pagefind'), { recursive: true, force: true });
  rmSync(bundlesDir, { recursive: true, force: true });
  console.log(`\nshard jobs, ${workers} at a time…`);
  const running = new Set<number>();
  let peak = 0;
  const timer = setInterval(() => {
    let sum = 0;
    for (const pid of running) sum += readTreeRss(pid);
    peak = Math.max(peak, sum);
  }, 200);
  const started = performance.now();
  const jobs = await runShardJobs(planDir, stale, { bundlesDir, workers, onStart: (pid) => running.add(pid) });
  const shardJobsSeconds = (performance.now() - started) / 1000;
  const failed = jobs.filter((job) => job.status !== 0);
  if (failed.length > 0) throw new Error(`Shard jobs failed: ${failed.map((job) => job.id).join(', ')}.`);
  running.clear();
  const shardJobsPeakRssBytes = peak;
  peak = 0;
  const assemble = await runAssemble(planDir, bundlesDir, (pid) => running.add(pid));
  clearInterval(timer);
  if (assemble.status !== 0) throw new Error(`The assembly failed with status ${assemble.status}.`);
  runs.push({ workers, shardJobsSeconds, shardJobsPeakRssBytes, assembleSeconds: assemble.seconds, assemblePeakRssBytes: peak, jobs });
  console.log(`  shard jobs ${shardJobsSeconds.toFixed(1)} s (peak ${gib(shardJobsPeakRssBytes)}), assembly ${assemble.seconds.toFixed(1)} s`);
}

/**
 * The makespan of jobs of the given durations on `machines` runners: longest first, each to the runner free first
 * (how a CI matrix starts queued jobs as runners free up).
 */
function makespan(durations: number[], machines: number): number {
  const free = Array.from({ length: Math.max(1, machines) }, () => 0);
  for (const duration of [...durations].sort((a, b) => b - a)) {
    const first = free.indexOf(Math.min(...free));
    free[first]! += duration;
  }
  return Math.max(...free);
}

// The timings of one job at a time (no other job sharing the machine): what a runner of its own would take.
const alone = runs.find((run) => run.workers === 1) ?? runs[0]!;
const projections = values.project!.split(',').map(Number).map((runners) => {
  const shards = makespan(alone.jobs.map((job) => job.seconds), runners);
  return { runners, planSeconds: plan.seconds, shardSeconds: shards, assembleSeconds: alone.assembleSeconds, totalSeconds: plan.seconds + shards + alone.assembleSeconds };
});

const report = {
  articles,
  seed,
  machine: describeMachine(),
  date: new Date().toISOString(),
  plan: { seconds: plan.seconds, peakRssBytes: plan.peakRssBytes, phases: plan.phases, shards: readPlanFile(planDir).shards.length, stale: stale.length },
  runs,
  projections,
  projectionExcludes: 'CI job start-up, npm ci and artifact/cache transfers',
};
const file = path.join(outRoot, `bench-distributed-${articles}.json`);
writeFileSync(file, JSON.stringify(report, null, 2));
const slowest = (run: WorkersRun) => Math.max(...run.jobs.map((job) => job.seconds));
console.log(`\n${articles} articles (seed ${seed}) on ${report.machine}; planning build ${plan.seconds.toFixed(1)} s, peak ${gib(plan.peakRssBytes)}, ${stale.length} shards\n`);
console.log(
  markdownTable(
    ['local workers', 'shard jobs', 'slowest job', 'peak of the jobs', 'assembly', 'plan + jobs + assembly'],
    runs.map((run) => [
      String(run.workers),
      `${run.shardJobsSeconds.toFixed(1)} s`,
      `${slowest(run).toFixed(1)} s`,
      gib(run.shardJobsPeakRssBytes),
      `${run.assembleSeconds.toFixed(1)} s`,
      `${(plan.seconds + run.shardJobsSeconds + run.assembleSeconds).toFixed(1)} s`,
    ]),
  ),
);
console.log(
  `\nProjected clean build on CI runners (one shard job per runner at a time, timings of jobs run alone; excludes ${report.projectionExcludes}):\n\n` +
    markdownTable(
      ['runners', 'plan', 'shard jobs', 'assembly', 'total'],
      projections.map((projection) => [
        String(projection.runners),
        `${projection.planSeconds.toFixed(1)} s`,
        `${projection.shardSeconds.toFixed(1)} s`,
        `${projection.assembleSeconds.toFixed(1)} s`,
        `${projection.totalSeconds.toFixed(1)} s`,
      ]),
    ) +
    `\n\nJSON: ${file}`,
);
