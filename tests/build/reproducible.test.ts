import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../security/scan-output.ts';
import { buildFixture, type FixtureBuild } from './build-site.ts';

const ARCHIVE = 'tests/fixtures/archive';
let first: FixtureBuild;
let second: FixtureBuild;

beforeAll(() => {
  // Two clean builds in two different folders, so that no absolute path or build time can hide in the output.
  first = buildFixture({ contentDir: ARCHIVE });
  second = buildFixture({ contentDir: ARCHIVE });
  expect(first.status, first.log).toBe(0);
  expect(second.status, second.log).toBe(0);
});

afterAll(() => {
  for (const build of [first, second]) if (build) rmSync(path.dirname(build.outDir), { recursive: true, force: true });
});

describe('two clean builds of the same content', () => {
  test('produce byte-identical output folders', () => {
    const files = listFiles(first.outDir).sort();
    expect(listFiles(second.outDir).sort()).toEqual(files);
    const different = files.filter((file) => !readFileSync(path.join(first.outDir, file)).equals(readFileSync(path.join(second.outDir, file))));
    expect(different).toEqual([]);
    expect(files.length).toBeGreaterThan(200);
  });
});
