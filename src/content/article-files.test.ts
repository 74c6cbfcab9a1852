import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listArticleFiles, matchesInclude } from './article-files.ts';

const ARCHIVE = path.resolve(import.meta.dirname, '../../tests/fixtures/archive');

describe('listArticleFiles', () => {
  test('lists every .md file, sorted, or only those include matches', async () => {
    const all = await listArticleFiles(ARCHIVE);
    expect(all).toEqual([...all].sort());
    expect(all.every((file) => file.endsWith('.md'))).toBe(true);
    const some = await listArticleFiles(ARCHIVE, '新媒体/36kr/**/*.md');
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(some.every((file) => file.startsWith('新媒体/36kr/'))).toBe(true);
  });

  test('never lists what is not an article, even when the glob matches it', async () => {
    expect((await listArticleFiles(ARCHIVE, '新媒体/**')).every((file) => file.endsWith('.md'))).toBe(true);
  });
});

describe('matchesInclude', () => {
  test('answers for files the watcher reports as listArticleFiles would', () => {
    const included = matchesInclude('新媒体/36kr/**/*.md');
    expect(included('新媒体/36kr/资讯/快手.md')).toBe(true);
    expect(included('编程/a.md')).toBe(false);
    expect(included('新媒体/36kr/资讯/cover.png')).toBe(false);
    expect(included('新媒体/36kr/.drafts/a.md')).toBe(false);
    expect(matchesInclude()('a/node_modules/b.md')).toBe(false);
    expect(matchesInclude()('a/b.md')).toBe(true);
  });
});
