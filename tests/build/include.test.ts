import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-site.ts';

const ARCHIVE = 'tests/fixtures/archive';
const INCLUDE = '编程/**/*.md';
const matching = readdirSync(path.join(ARCHIVE, '编程'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).length;
let build: FixtureBuild;

beforeAll(() => {
  build = buildFixture({ contentDir: ARCHIVE, env: { CLIPPINGS_INCLUDE: INCLUDE } });
});

afterAll(() => build && rmSync(path.dirname(build.outDir), { recursive: true, force: true }));

describe('a build narrowed with CLIPPINGS_INCLUDE', () => {
  test('reads only the matching files, and says so in its summary', () => {
    expect(build.status, build.log).toBe(0);
    expect(matching).toBeGreaterThan(0);
    expect(build.log).toContain(`${matching} files read in ${ARCHIVE} (only ${INCLUDE}):`);
  });

  test('publishes them at the addresses the whole archive gives them, and nothing else', () => {
    expect(existsSync(path.join(build.outDir, "2021/03/'Do Not Split'_ A Hong Kong protest film _video_/index.html"))).toBe(true);
    expect(existsSync(path.join(build.outDir, 'categories/编程/index.html'))).toBe(true);
    expect(existsSync(path.join(build.outDir, 'categories/新媒体'))).toBe(false);
  });

  test('keeps its own cache, so the whole archive cache stays as it was', () => {
    expect(readdirSync(build.cacheDir).some((name) => name.startsWith('subset-'))).toBe(true);
  });
});
