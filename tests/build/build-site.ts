import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What one `astro build` of a fixture archive left behind. */
export interface FixtureBuild {
  outDir: string;
  cacheDir: string;
  status: number | null;
  /** stdout and stderr together, as a person running the build would read them. */
  log: string;
}

/** Options for {@link buildFixture}. */
export interface BuildFixtureOptions {
  /** Content folder, relative to the project root. */
  contentDir: string;
  /** Reuse the output and cache folders of an earlier build (to test incremental syncs). */
  reuse?: FixtureBuild;
  env?: Record<string, string>;
  /**
   * Build as a distributed build does (scripts/build-distributed.ts: plan, one process per shard in a folder of its
   * own, assemble), with this many shard jobs at a time. Default: `npm run build`'s single process.
   */
  distributedWorkers?: number;
}

const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const distributedBin = path.join(root, 'scripts/build-distributed.ts');

/** Build a fixture archive into a temporary folder with the project's own `astro build`. */
export function buildFixture(options: BuildFixtureOptions): FixtureBuild {
  const tmp = options.reuse ? undefined : mkdtempSync(path.join(os.tmpdir(), 'clippings-build-'));
  const outDir = options.reuse?.outDir ?? path.join(tmp!, 'dist');
  const cacheDir = options.reuse?.cacheDir ?? path.join(tmp!, 'cache');
  const command = options.distributedWorkers === undefined
    ? [astroBin, 'build']
    : ['--experimental-strip-types', '--no-warnings', distributedBin, '--workers', String(options.distributedWorkers)];
  const result = withBuildLock(() => spawnSync(process.execPath, command, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...outsideVitest(process.env),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      CLIPPINGS_CONTENT_DIR: options.contentDir,
      CLIPPINGS_OUT_DIR: outDir,
      CLIPPINGS_CACHE_DIR: cacheDir,
      ...options.env,
    },
  }));
  return { outDir, cacheDir, status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

/** A lock per project folder, held by whoever runs `astro build` in it. */
const LOCK = path.join(os.tmpdir(), `clippings-astro-build-${createHash('sha1').update(root).digest('hex').slice(0, 8)}.lock`);
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 20 * 60_000;

/**
 * Run `run` while no other test runs `astro build` in this project. Every build writes its prerender bundle to
 * the project's `.astro/` folder, and Vitest runs the build and browser projects side by side: two builds at once
 * rendered one site with the other's configuration (found when a build with a `base` came out without it).
 */
export function withBuildLock<T>(run: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * The environment without what Vitest adds to it (`BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`, `VITEST…`): Vite reads
 * `BASE_URL` from the environment, so an inherited `BASE_URL=/` overrode the `base` of a fixture build.
 */
export function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of Object.keys(clean)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(name)) delete clean[name];
  return clean;
}

/** The numbers of the loader's summary line ("N files read in …: N published, N drafts, …"), or undefined. */
export function readSummary(log: string): { read: number; published: number; drafts: number; future: number; skipped: number } | undefined {
  const match = /(\d+) files read in .*?: (\d+) published, (\d+) drafts, (\d+) future-dated, (\d+) skipped with errors/.exec(log);
  if (!match) return undefined;
  const [read, published, drafts, future, skipped] = match.slice(1).map(Number) as [number, number, number, number, number];
  return { read, published, drafts, future, skipped };
}

/** A digest of every file in the output, by path: equal maps mean byte-identical sites. */
export function digestOutput(outDir: string): Map<string, string> {
  return new Map(
    readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => !name.startsWith('.prerender') && statSync(path.join(outDir, name)).isFile())
      .sort()
      .map((name) => [name, createHash('sha256').update(readFileSync(path.join(outDir, name))).digest('hex')]),
  );
}
