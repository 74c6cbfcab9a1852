import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { listArticleFiles } from '../../src/content/article-files.ts';
import { buildFixture, digestOutput, type FixtureBuild } from './build-site.ts';

// The distributed build (scripts/build-distributed.ts: plan, one process per search shard in a folder that holds
// only its artifact, assemble) must make the site one machine makes, byte for byte, and after an edit index only
// the edited article's shard. Checked on the bundled sample and on a generated archive of several years and shards.
const ARCHIVES = [
  { name: 'the bundled sample', source: 'content', generate: undefined, env: {} },
  {
    name: 'a generated archive of 3,000 articles over several years',
    source: undefined,
    generate: { articles: 3000, seed: 5 },
    // Shards of at most 500 articles: several shards, a few jobs for each worker.
    env: { CLIPPINGS_LENIENT: '1', CLIPPINGS_SEARCH_SHARD_SIZE: '500' },
  },
] as const;

describe.each(ARCHIVES)('a distributed build of $name', ({ source, generate, env }) => {
  let content: string;
  let single: FixtureBuild;
  let distributed: FixtureBuild;
  let singleAfterEdit: FixtureBuild;
  let distributedAfterEdit: FixtureBuild;
  let singleOutput: Map<string, string>;
  let distributedOutput: Map<string, string>;

  beforeAll(async () => {
    content = mkdtempSync(path.join(os.tmpdir(), 'clippings-distributed-content-'));
    if (generate) await generateCorpus({ ...generate, outDir: content, workers: 0 });
    else cpSync(source!, content, { recursive: true });
    single = buildFixture({ contentDir: content, env });
    distributed = buildFixture({ contentDir: content, env, distributedWorkers: 2 });
    // Taken before the edit below changes the folders in place.
    singleOutput = digestOutput(single.outDir);
    distributedOutput = digestOutput(distributed.outDir);

    // One article of its oldest month edited: one shard of several changes.
    const files = await listArticleFiles(content);
    const oldest = files
      .map((file) => ({ file, date: Date.parse(String(matter(readFileSync(path.join(content, file), 'utf8').trimStart()).data.date)) }))
      .filter(({ date }) => !Number.isNaN(date))
      .sort((a, b) => a.date - b.date)[0]!.file;
    appendFileSync(path.join(content, oldest), '\n<p>分布式构建之前追加的一段：只有这一个分片需要重新索引。</p>\n');
    singleAfterEdit = buildFixture({ contentDir: content, env, reuse: single });
    distributedAfterEdit = buildFixture({ contentDir: content, env, reuse: distributed, distributedWorkers: 2 });
  }, 900_000);

  afterAll(() => {
    rmSync(content, { recursive: true, force: true });
    for (const build of [single, distributed]) if (build) rmSync(path.dirname(build.outDir), { recursive: true, force: true });
  });

  test('makes the site a single machine makes, file for file', () => {
    expect(single.status, single.log).toBe(0);
    expect(distributed.status, distributed.log).toBe(0);
    expect(distributedOutput.size).toBeGreaterThan(40);
    expect([...distributedOutput.keys()].filter((name) => name.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(distributedOutput).toEqual(singleOutput);
  });

  test('indexes every shard in a job of its own', () => {
    const planned = /\[distributed\] (\d+) shard\(s\) to index, 2 at a time/.exec(distributed.log);
    expect(planned, distributed.log).not.toBeNull();
    const jobs = distributed.log.match(/^\[shard [^\]]+\] Shard "[^"]+" indexed/gm) ?? [];
    expect(jobs).toHaveLength(Number(planned![1]));
    if (generate) expect(jobs.length).toBeGreaterThan(2);
  });

  test('after an edit, indexes exactly one shard and again makes what a single machine makes', () => {
    expect(singleAfterEdit.status, singleAfterEdit.log).toBe(0);
    expect(distributedAfterEdit.status, distributedAfterEdit.log).toBe(0);
    expect(distributedAfterEdit.log).toMatch(/\[distributed\] 1 shard\(s\) to index/);
    expect(distributedAfterEdit.log.match(/^\[shard [^\]]+\] Shard "[^"]+" indexed/gm)).toHaveLength(1);
    expect(distributedAfterEdit.log).toMatch(/Search index assembled: \d+ pages in \d+ shard\(s\) \(1 indexed by shard jobs/);
    expect(digestOutput(distributedAfterEdit.outDir)).toEqual(digestOutput(singleAfterEdit.outDir));
  });
});
