// The stages of a distributed build after the planning build (docs/scaling.md), as separate processes, the way CI
// jobs run them: used by `npm run build:distributed` and by its benchmark.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifactFolder, type PlanFileShard } from '../../src/integrations/shard-artifact.ts';
import { moveFolder } from '../../src/integrations/shard-cache.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** What a stage's process did. */
export interface ProcessOutcome {
  status: number;
  seconds: number;
}

/** One shard job's outcome. */
export interface ShardJobOutcome extends ProcessOutcome {
  id: string;
  pages: number;
}

/**
 * Run a command to its end, its output passed on line by line (with `prefix`), `onStart` told its process id (to
 * sample its memory).
 */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; prefix?: string; onStart?: (pid: number) => void },
): Promise<ProcessOutcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) options.onStart?.(child.pid);
    for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
      let rest = '';
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        for (const line of lines) out.write(`${options.prefix ?? ''}${line}\n`);
      });
      stream.on('end', () => rest && out.write(`${options.prefix ?? ''}${rest}\n`));
    }
    child.once('error', reject);
    child.once('close', (code) => resolve({ status: code ?? 1, seconds: (performance.now() - started) / 1000 }));
  });
}

/** `node` with TypeScript and one of the project's scripts. */
function nodeScript(script: string): string[] {
  return ['--experimental-strip-types', '--no-warnings', path.join(root, script)];
}

/**
 * The shard jobs: each stale shard of the plan indexed by `npm run index-shard` in a temporary folder that receives
 * only its shard's artifact, `workers` at a time, each job's bundle then moved to `bundlesDir` (a CI job's upload).
 */
export async function runShardJobs(
  planDir: string,
  shards: readonly PlanFileShard[],
  options: { bundlesDir: string; workers: number; onStart?: (pid: number) => void },
): Promise<ShardJobOutcome[]> {
  mkdirSync(options.bundlesDir, { recursive: true });
  const queue = [...shards];
  const outcomes: ShardJobOutcome[] = [];
  await Promise.all(
    Array.from({ length: Math.min(options.workers, queue.length) }, async () => {
      for (let shard = queue.shift(); shard; shard = queue.shift()) {
        const job = mkdtempSync(path.join(os.tmpdir(), `clippings-shard-${shard.id}-`));
        try {
          cpSync(artifactFolder(planDir, shard.id), artifactFolder(path.join(job, 'search-plan'), shard.id), { recursive: true });
          const args = [...nodeScript('scripts/index-shard.ts'), '--shard', shard.id, '--fingerprint', shard.fingerprint];
          const outcome = await runProcess(process.execPath, args, { cwd: job, prefix: `[shard ${shard.id}] `, onStart: options.onStart });
          outcomes.push({ ...outcome, id: shard.id, pages: shard.pages });
          if (outcome.status !== 0) continue;
          for (const name of readdirSync(path.join(job, 'search-bundles'))) moveFolder(path.join(job, 'search-bundles', name), path.join(options.bundlesDir, name));
        } finally {
          rmSync(job, { recursive: true, force: true });
        }
      }
    }),
  );
  return outcomes;
}

/** The assembly: `npm run assemble-search` with the plan and the gathered bundles. */
export function runAssemble(planDir: string, bundlesDir: string, onStart?: (pid: number) => void): Promise<ProcessOutcome> {
  return runProcess(process.execPath, [...nodeScript('scripts/assemble-search.ts'), '--plan', planDir, '--bundles', bundlesDir], { cwd: process.cwd(), onStart });
}
