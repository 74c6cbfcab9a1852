// `npm run build:distributed -- [--workers 2] [--work <folder>]`
// The distributed build of docs/scaling.md on this machine: the three stages a CI runs as separate jobs
// (.github/workflows/publish-distributed.yml), each as processes of its own:
//   1. plan: `astro build` with `CLIPPINGS_SEARCH_PLAN_DIR`: pages built, search shards planned and fingerprinted,
//      an artifact written for every shard the shard cache has no bundle of;
//   2. shard jobs, `--workers` at a time: `npm run index-shard` in a temporary folder of its own that receives only
//      its shard's artifact;
//   3. assemble: `npm run assemble-search`, the jobs' bundles and the cached ones into `dist/pagefind/`.
// The site is the one `npm run build` makes (tests/build/distributed.test.ts checks it byte for byte). Takes the same
// CLIPPINGS_* settings as `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPlanFile } from '../src/integrations/shard-artifact.ts';
import { runAssemble, runProcess, runShardJobs } from './distributed/stages.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    // Where the plan and the gathered bundles go; by default a temporary folder, removed afterwards.
    work: { type: 'string' },
  },
});
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`--workers must be a whole number of at least 1, not ${values.workers}.`);
  process.exit(2);
}
const work = values.work ? path.resolve(values.work) : mkdtempSync(path.join(os.tmpdir(), 'clippings-distributed-'));
const planDir = path.join(work, 'search-plan');
const bundlesDir = path.join(work, 'search-bundles');
rmSync(bundlesDir, { recursive: true, force: true });

try {
  const astro = path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
  const plan = await runProcess(process.execPath, [astro, 'build'], { cwd: process.cwd(), env: { CLIPPINGS_SEARCH_PLAN_DIR: planDir } });
  if (plan.status !== 0) throw new Error(`the planning build failed (status ${plan.status}).`);
  const stale = readPlanFile(planDir).shards.filter((shard) => shard.stale);
  console.log(`\n[distributed] ${stale.length} shard(s) to index, ${workers} at a time.`);
  const started = performance.now();
  const jobs = await runShardJobs(planDir, stale, { bundlesDir, workers });
  const shardSeconds = (performance.now() - started) / 1000;
  const failed = jobs.filter((job) => job.status !== 0).map((job) => job.id);
  // The assembly names every shard without a bundle, so it runs after a failed job too.
  if (failed.length > 0) console.error(`[distributed] shard job(s) failed: ${failed.join(', ')}.`);
  const assemble = await runAssemble(planDir, bundlesDir);
  if (assemble.status !== 0) throw new Error(`assembling the search index failed (status ${assemble.status}).`);
  const slowest = Math.max(0, ...jobs.map((job) => job.seconds));
  console.log(
    `[distributed] plan ${plan.seconds.toFixed(1)} s, ${jobs.length} shard job(s) ${shardSeconds.toFixed(1)} s (${workers} at a time, ` +
      `slowest ${slowest.toFixed(1)} s), assemble ${assemble.seconds.toFixed(1)} s.`,
  );
} catch (error) {
  console.error(`[distributed] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (!values.work) rmSync(work, { recursive: true, force: true });
}
