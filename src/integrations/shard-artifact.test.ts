import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { artifactFolder, PLAN_FILE, readPlanFile, readShardArtifact } from './shard-artifact.ts';
import { writeTestPlan as writeTestPlanIn } from './test-helpers.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const writeTestPlan = (count: number, built?: (id: string) => boolean) => writeTestPlanIn(folders, count, built);

describe('a plan folder', () => {
  test('lists every shard with its fingerprint, and holds an artifact for each shard not built yet', () => {
    const { planDir, plan, file } = writeTestPlan(6, (id) => id === '2024-12');
    expect(readPlanFile(planDir)).toEqual(file);
    expect(file.shards.map((shard) => [shard.id, shard.fingerprint, shard.stale])).toEqual(plan.shards.map(({ shard, fingerprint }) => [shard.id, fingerprint, shard.id !== '2024-12']));
    expect(file.articles).toBe(6);
    for (const shard of file.shards.filter((shard) => shard.stale)) {
      const artifact = readShardArtifact(planDir, shard.id);
      expect(artifact.fingerprint).toBe(shard.fingerprint);
      expect(artifact.articles.map(({ text }) => text)).toEqual(artifact.articles.map(({ record }) => `正文 ${record.title}`));
    }
    expect(() => readShardArtifact(planDir, '2024-12')).toThrow(/Could not read/);
  });

  test('refuses an artifact whose articles are not those its fingerprint was made of', () => {
    const { planDir, file } = writeTestPlan(4);
    const id = file.shards[0]!.id;
    const artifactFile = path.join(artifactFolder(planDir, id), 'shard.json');
    const artifact = JSON.parse(readFileSync(artifactFile, 'utf8'));
    artifact.articles[0].record.title = '另一个版本的标题';
    writeFileSync(artifactFile, JSON.stringify(artifact));
    expect(() => readShardArtifact(planDir, id)).toThrow(new RegExp(`refused. Shard "${id}" was planned with fingerprint ${file.shards[0]!.fingerprint}`));
  });

  test('refuses an artifact whose texts were changed, and one of another shard', () => {
    const { planDir, file } = writeTestPlan(4);
    const [first, second] = file.shards.map((shard) => path.join(artifactFolder(planDir, shard.id), 'shard.json'));
    const artifact = JSON.parse(readFileSync(first!, 'utf8'));
    artifact.articles[0].text = '改过的正文';
    writeFileSync(first!, JSON.stringify(artifact));
    expect(() => readShardArtifact(planDir, file.shards[0]!.id)).toThrow(/do not match their digest/);
    writeFileSync(second!, readFileSync(first!));
    expect(() => readShardArtifact(planDir, file.shards[1]!.id)).toThrow(/holds shard/);
  });

  test('refuses a plan made with another Pagefind', () => {
    const { planDir, file } = writeTestPlan(2);
    writeFileSync(path.join(planDir, PLAN_FILE), JSON.stringify({ ...file, pagefindVersion: '0.0.1' }));
    expect(() => readPlanFile(planDir)).toThrow(/planned with Pagefind 0\.0\.1/);
  });
});
