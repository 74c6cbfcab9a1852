import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixture } from '../build/build-site.ts';
import { findChromium } from './find-chromium.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin and base of the fixture site served by `astro preview`, e.g. `http://127.0.0.1:40123/`. */
    baseURL: string;
    /** Chromium executable found by {@link findChromium}. */
    chromiumPath: string;
  }
}

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
  let server: PreviewServer;
  try {
    server = await startPreview({
      CLIPPINGS_CONTENT_DIR: CONTENT_DIR,
      CLIPPINGS_PAGE_SIZE: PAGE_SIZE,
      CLIPPINGS_OUT_DIR: build.outDir,
      CLIPPINGS_CACHE_DIR: build.cacheDir,
    });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const baseURL = server.url;
  console.info(`e2e: fixture site at ${baseURL}, Chromium from ${chromium.source} (${chromium.executablePath})`);
  project.provide('baseURL', baseURL);
  project.provide('chromiumPath', chromium.executablePath);
  return async () => {
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
}
