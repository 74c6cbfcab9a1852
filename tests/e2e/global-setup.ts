import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixture } from '../build/build-site.ts';
import { findChromium } from './find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin and base of the fixture site served by `astro preview`, e.g. `http://127.0.0.1:40123/`. */
    baseURL: string;
    /** Chromium executable found by {@link findChromium}. */
    chromiumPath: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const HOST = '127.0.0.1';
const CONTENT_DIR = 'tests/fixtures/archive';
const PAGE_SIZE = '5';

/** Build the fixture archive once, serve it with `astro preview`, and hand its URL and a Chromium to the tests. */
export default async function setup(project: TestProject) {
  const chromium = await findChromium();
  // Five articles a page, so that pagination shows on a 38-article archive.
  const build = buildFixture({ contentDir: CONTENT_DIR, env: { CLIPPINGS_PAGE_SIZE: PAGE_SIZE } });
  const tmp = path.dirname(build.outDir);
  if (build.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`astro build of the fixture archive failed, so the browser tests cannot run.\n${build.log}`);
  }
  const port = await findFreePort();
  // --ignore-lock: run beside a developer's own `npm run preview` without touching its lock file (and never in
  // the background, which Astro otherwise chooses when it detects a coding agent).
  const server = spawn(process.execPath, [astroBin, 'preview', '--host', HOST, '--port', String(port), '--ignore-lock'], {
    cwd: root,
    env: {
      ...process.env,
      CLIPPINGS_CONTENT_DIR: CONTENT_DIR,
      CLIPPINGS_PAGE_SIZE: PAGE_SIZE,
      CLIPPINGS_OUT_DIR: build.outDir,
      CLIPPINGS_CACHE_DIR: build.cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseURL = `http://${HOST}:${port}/`;
  try {
    await waitUntilAnswering(baseURL, server);
  } catch (error) {
    await stop(server);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  console.info(`e2e: fixture site at ${baseURL}, Chromium from ${chromium.source} (${chromium.executablePath})`);
  project.provide('baseURL', baseURL);
  project.provide('chromiumPath', chromium.executablePath);
  return async () => {
    await stop(server);
    rmSync(tmp, { recursive: true, force: true });
  };
}

async function findFreePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, HOST);
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port for astro preview.');
  return address.port;
}

/** Resolve once the server answers, reject with its output if it exits first or stays silent for 60 s. */
async function waitUntilAnswering(url: string, server: ChildProcess): Promise<void> {
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}.\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`astro preview did not answer at ${url} within 60 s.\n${output}`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
}
