import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { assembleSearch } from './assemble-search.ts';
import { openShardCache } from './shard-cache.ts';
import { writeTestPlan } from './test-helpers.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

test('publishes nothing and names every shard without its bundle: a failed job, a bundle of another plan', async () => {
  const { planDir, file } = writeTestPlan(folders, 6);
  const [built, otherPlan, failed] = file.shards;
  const work = mkdtempSync(path.join(os.tmpdir(), 'clippings-assemble-'));
  folders.push(work);
  const bundles = openShardCache(path.join(work, 'bundles'));
  const figures = { pages: 2, words: 10, languages: ['zh-cn'], keys: 10 };
  mkdirSync(bundles.folderOf(built!.id, built!.fingerprint));
  bundles.complete(built!.id, built!.fingerprint, figures);
  mkdirSync(bundles.folderOf(otherPlan!.id, 'f0f0f0f0f0f0f0f0f0f0'));
  bundles.complete(otherPlan!.id, 'f0f0f0f0f0f0f0f0f0f0', figures);
  const outputRoot = path.join(work, 'dist', 'pagefind');

  const assembling = assembleSearch({ planDir, bundlesDir: path.join(work, 'bundles'), outputRoot, cacheDir: path.join(work, 'cache'), log: () => {} });
  await expect(assembling).rejects.toThrow(/2 of the plan's .* shards are missing/);
  const message = await assembling.catch((error: Error) => error.message);
  expect(message).toContain(`shard "${otherPlan!.id}" (2 articles, fingerprint ${otherPlan!.fingerprint}): refused the bundle of fingerprint f0f0f0f0f0f0f0f0f0f0`);
  expect(message).toContain(`shard "${failed!.id}" (2 articles, fingerprint ${failed!.fingerprint}): no bundle`);
  expect(message).not.toContain(`shard "${built!.id}"`);
  expect(existsSync(outputRoot)).toBe(false);
});
