import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';

/** A running `astro preview`. */
export interface PreviewServer {
  /** Origin and base, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const HOST = '127.0.0.1';

/**
 * Serve a built site with the project's own `astro preview` on a free local port; `env` says which build (the
 * `CLIPPINGS_*` variables the build ran with, `CLIPPINGS_OUT_DIR` above all). Resolves once it answers.
 */
export async function startPreview(env: Record<string, string>): Promise<PreviewServer> {
  const port = await findFreePort();
  // --ignore-lock: run beside a developer's own `npm run preview` without touching its lock file (and never in
  // the background, which Astro otherwise chooses when it detects a coding agent).
  const server = spawn(process.execPath, [astroBin, 'preview', '--host', HOST, '--port', String(port), '--ignore-lock'], {
    cwd: root,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://${HOST}:${port}/`;
  try {
    await waitUntilAnswering(url, server);
  } catch (error) {
    await stop(server);
    throw error;
  }
  return { url, stop: () => stop(server) };
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
