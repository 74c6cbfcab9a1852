import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
}

const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** Build a fixture archive into a temporary folder with the project's own `astro build`. */
export function buildFixture(options: BuildFixtureOptions): FixtureBuild {
  const tmp = options.reuse ? undefined : mkdtempSync(path.join(os.tmpdir(), 'clippings-build-'));
  const outDir = options.reuse?.outDir ?? path.join(tmp!, 'dist');
  const cacheDir = options.reuse?.cacheDir ?? path.join(tmp!, 'cache');
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      CLIPPINGS_CONTENT_DIR: options.contentDir,
      CLIPPINGS_OUT_DIR: outDir,
      CLIPPINGS_CACHE_DIR: cacheDir,
      ...options.env,
    },
  });
  return { outDir, cacheDir, status: result.status, log: `${result.stdout}\n${result.stderr}` };
}
