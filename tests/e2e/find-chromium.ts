import { existsSync } from 'node:fs';

/** A Chromium executable for the browser tests, and where it came from (printed once per run). */
export interface FoundChromium {
  executablePath: string;
  source: string;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium in CI and in closed networks: without the background-networking ones Chromium
 * keeps calling Google services (updates, sync, field trials) and floods the log with refused connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Find a Chromium without downloading anything: `CLIPPINGS_BROWSER=sparticuz` forces the npm package; otherwise
 * `CHROMIUM_PATH`, then the Debian package's `/usr/bin/chromium`, then the npm package `@sparticuz/chromium`, which
 * ships a Linux Chromium inside node_modules and unpacks it into the temp folder on first use.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const choice = env.CLIPPINGS_BROWSER;
  if (choice !== undefined && choice !== '' && choice !== 'sparticuz') {
    throw new Error(
      `CLIPPINGS_BROWSER=${choice} is not a browser the tests know. Use CLIPPINGS_BROWSER=sparticuz, or unset it and set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  if (choice === 'sparticuz') return unpackSparticuz('@sparticuz/chromium (CLIPPINGS_BROWSER=sparticuz)');
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist. Point it at a Chromium executable, or unset it.`);
    }
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: 'the system package' };
  return unpackSparticuz('@sparticuz/chromium');
}

async function unpackSparticuz(source: string): Promise<FoundChromium> {
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), source };
}
