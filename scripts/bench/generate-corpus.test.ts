import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkArchive } from '../../src/lib/archive/check-archive.ts';
import { measureGenerated } from './calibrate.ts';
import { ARCHIVE_END } from './dates.ts';
import { generateCorpus, type CorpusSummary } from './generate-corpus.ts';
import { summarizeTokenCounts } from './token-ratio.ts';

const root = mkdtempSync(path.join(tmpdir(), 'clippings-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every generated file of a corpus: path below the corpus folder → text. */
function readCorpus(dir: string): Map<string, string> {
  const files = globSync('**/*.md', { cwd: dir }).sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
}

describe('determinism', () => {
  test('another seed gives other files', async () => {
    await generateCorpus({ articles: 200, seed: 1, outDir: path.join(root, 'seed-1'), workers: 0 });
    await generateCorpus({ articles: 200, seed: 2, outDir: path.join(root, 'seed-2'), workers: 0 });
    const one = [...readCorpus(path.join(root, 'seed-1')).values()];
    const two = new Set(readCorpus(path.join(root, 'seed-2')).values());
    expect(one.filter((text) => two.has(text))).toEqual([]);
  });

  test('the same seed gives byte-identical files, with or without worker threads', async () => {
    await generateCorpus({ articles: 200, seed: 1, outDir: path.join(root, 'seed-1-again'), workers: 2 });
    const first = readCorpus(path.join(root, 'seed-1'));
    const again = readCorpus(path.join(root, 'seed-1-again'));
    expect(first.size).toBe(200);
    expect([...again.keys()]).toEqual([...first.keys()]);
    for (const [file, text] of first) expect(again.get(file), file).toBe(text);
  });

  test('refuses to write into a folder that holds something else', async () => {
    const outDir = path.join(root, 'foreign');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'notes.md'), 'mine');
    await expect(generateCorpus({ articles: 1, seed: 1, outDir, workers: 0 })).rejects.toThrow(/holds no generated corpus/);
    expect(readFileSync(path.join(outDir, 'notes.md'), 'utf8')).toBe('mine');
  });
});

describe('shape of a 1,000-article corpus', () => {
  const dir = path.join(root, 'thousand');
  let summary: CorpusSummary;
  let files: Map<string, string>;
  beforeAll(async () => {
    summary = await generateCorpus({ articles: 1000, seed: 7, outDir: dir });
    files = readCorpus(dir);
  });

  test('writes one file per article, each between 1 and 40 KB', () => {
    expect(files.size).toBe(1000);
    const sizes = [...files.keys()].map((file) => statSync(path.join(dir, file)).size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(40 * 1024);
    const median = sizes.sort((a, b) => a - b)[500]!;
    expect(median).toBeGreaterThan(8 * 1024);
    expect(median).toBeLessThan(11 * 1024);
  });

  test('has about 85 % HTML and 15 % Markdown bodies', () => {
    expect(summary.html + summary.markdown).toBe(1000);
    expect(summary.markdown).toBeGreaterThan(110);
    expect(summary.markdown).toBeLessThan(190);
    const wrapped = [...files.values()].filter((text) => text.includes('\n<div>   \n')).length;
    expect(wrapped).toBe(summary.html);
  });

  test('every file starts with a blank line and parses with gray-matter, with the front matter of the archive', () => {
    const years = new Set<number>();
    for (const [file, text] of files) {
      expect(text.startsWith('\n---\ntitle: '), file).toBe(true);
      const { data } = matter(text.trimStart(), {});
      expect(data.categories, file).toHaveLength(3);
      expect(file.startsWith(`${(data.categories as string[]).join('/')}/`), file).toBe(true);
      expect(data.author).toBe(data.categories[1]);
      expect(data.comments).toBe(false);
      expect(data.date, file).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
      const date = Date.parse(data.date);
      expect(date).toBeLessThan(ARCHIVE_END);
      years.add(new Date(date).getUTCFullYear());
      expect(data.thumbnail).toBe(data.headimg);
      expect(data.tags === undefined || (data.tags.length >= 1 && data.tags.length <= 6), file).toBe(true);
    }
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBe(2026);
  });

  test('repeats a few titles in other folders, as the same story in two feeds', () => {
    const titles = new Map<string, string[]>();
    for (const [file, text] of files) {
      const title = String(matter(text.trimStart(), {}).data.title);
      titles.set(title, [...(titles.get(title) ?? []), path.dirname(file)]);
    }
    const repeated = [...titles.values()].filter((folders) => folders.length > 1);
    expect(summary.duplicateTitles).toBeGreaterThan(0);
    expect(repeated.reduce((sum, folders) => sum + folders.length - 1, 0)).toBe(summary.duplicateTitles);
    for (const folders of repeated) expect(new Set(folders).size).toBe(folders.length);
  });

  test('passes the project checker with no errors, bodies included', () => {
    const sources = [...files].slice(0, 300).map(([sourcePath, raw]) => ({ sourcePath, displayPath: sourcePath, raw }));
    const options = { timeZone: 'Asia/Shanghai', permalinkPattern: ':year/:month/:name/' };
    const result = checkArchive(sources, options);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(300);
    const withBodies = checkArchive(sources.slice(0, 40), { ...options, withBodies: true });
    expect(withBodies.errorCount).toBe(0);
  });
});

test('generated text has about as many distinct search tokens per Han character as real articles', () => {
  const { meanRatio, meanHanCharacters } = summarizeTokenCounts(measureGenerated(3, 40));
  expect(meanHanCharacters).toBeGreaterThan(1500);
  expect(meanRatio).toBeGreaterThan(0.6);
  expect(meanRatio).toBeLessThan(0.78);
});
