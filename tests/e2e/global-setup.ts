import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { buildFixture, type FixtureBuild } from '../build/build-site.ts';
import { writeHostileArchive } from '../security/write-hostile-archive.ts';
import { findChromium } from './find-chromium.ts';
import { startPreview, type PreviewServer } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin and base of the fixture site served by `astro preview`, e.g. `http://127.0.0.1:40123/`. */
    baseURL: string;
    /** Chromium executable found by {@link findChromium}. */
    chromiumPath: string;
    /** Origin of the hostile archive's site (tests/security/write-hostile-archive.ts), served the same way. */
    hostileURL: string;
    /** Its output folder, to list every page. */
    hostileOutDir: string;
    /** Origin of a generated archive spanning 2015–2026 in several search shards, served the same way. */
    generatedURL: string;
    /** Its cache folder, to read what its articles say. */
    generatedCacheDir: string;
    /** The fixture site's cache folder, likewise. */
    fixtureCacheDir: string;
  }
}

const CONTENT_DIR = 'tests/fixtures/archive';
const PAGE_SIZE = '5';
/** A generated archive big enough to span every year in several search shards, small enough to build in seconds. */
const GENERATED = { articles: 400, seed: 11, shardSize: '100' };

/**
 * Build the fixture archive and the hostile archive once, serve each with `astro preview`, and hand their URLs and
 * a Chromium to the tests.
 */
export default async function setup(project: TestProject) {
  const chromium = await findChromium();
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    // Five articles a page, so that pagination shows on a 38-article archive.
    const fixture = await buildAndServe(CONTENT_DIR, { CLIPPINGS_PAGE_SIZE: PAGE_SIZE }, cleanups);
    const hostileContent = mkdtempSync(path.join(os.tmpdir(), 'clippings-hostile-'));
    cleanups.push(() => rmSync(hostileContent, { recursive: true, force: true }));
    writeHostileArchive(hostileContent);
    // Lenient: the archive holds articles refused on purpose (a `javascript:` image URL), reported and skipped.
    const hostile = await buildAndServe(hostileContent, { CLIPPINGS_LENIENT: '1' }, cleanups);
    const generatedContent = mkdtempSync(path.join(os.tmpdir(), 'clippings-generated-'));
    cleanups.push(() => rmSync(generatedContent, { recursive: true, force: true }));
    await generateCorpus({ articles: GENERATED.articles, seed: GENERATED.seed, outDir: generatedContent, workers: 0 });
    const generated = await buildAndServe(generatedContent, { CLIPPINGS_LENIENT: '1', CLIPPINGS_SEARCH_SHARD_SIZE: GENERATED.shardSize }, cleanups);
    console.info(`e2e: fixture site at ${fixture.url}, hostile archive at ${hostile.url}, generated archive at ${generated.url}, Chromium from ${chromium.source} (${chromium.executablePath})`);
    project.provide('baseURL', fixture.url);
    project.provide('hostileURL', hostile.url);
    project.provide('hostileOutDir', hostile.build.outDir);
    project.provide('chromiumPath', chromium.executablePath);
    project.provide('generatedURL', generated.url);
    project.provide('generatedCacheDir', generated.build.cacheDir);
    project.provide('fixtureCacheDir', fixture.build.cacheDir);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}

/** Build an archive and serve it with `astro preview`; registers the clean-up of both. */
async function buildAndServe(contentDir: string, env: Record<string, string>, cleanups: (() => Promise<void> | void)[]): Promise<{ url: string; build: FixtureBuild }> {
  const build = buildFixture({ contentDir, env });
  cleanups.push(() => rmSync(path.dirname(build.outDir), { recursive: true, force: true }));
  if (build.status !== 0) throw new Error(`astro build of ${contentDir} failed, so the browser tests cannot run.\n${build.log}`);
  const server: PreviewServer = await startPreview({ CLIPPINGS_CONTENT_DIR: contentDir, CLIPPINGS_OUT_DIR: build.outDir, CLIPPINGS_CACHE_DIR: build.cacheDir, ...env });
  cleanups.push(() => server.stop());
  return { url: server.url, build };
}
