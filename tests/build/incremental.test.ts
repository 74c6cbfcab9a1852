import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, digestOutput, type FixtureBuild } from './build-site.ts';

// A copy of the fixture archive, built, changed in every way an editor changes files, and built again.
const work = mkdtempSync(path.join(os.tmpdir(), 'clippings-incremental-'));
const contentDir = path.join(work, 'content');
const file = (name: string) => path.join(contentDir, '新媒体', '36kr', '资讯', name);
const EDITED = '100亿，南宁最大母基金来了.md';
const EDITED_PAGE = '2022/08/100亿，南宁最大母基金来了/index.html';
const ADDED = '新增的文章.md';
const ADDED_PAGE = '2026/01/新增的文章/index.html';
// Renamed: a Hexo permalink takes the file's name, so the article moves to a new address.
const RENAMED = ['00后和资本的宠儿，Web3在讲什么故事？｜新行业研究.md', '00后和资本的宠儿（改名）.md'] as const;

let first: FixtureBuild;
let second: FixtureBuild;
let third: FixtureBuild;
let clean: FixtureBuild;
let secondOutput: Map<string, string>;
let deletedPage: string;
let deletedWasPublished: boolean;
let renamedWasPublished: boolean;
let fileCount: number;

beforeAll(() => {
  cpSync('tests/fixtures/archive', contentDir, { recursive: true });
  fileCount = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).length;
  first = buildFixture({ contentDir });
  expect(first.status, first.log).toBe(0);
  // Edited: new text, and a new modification time.
  appendFileSync(file(EDITED), '\n<p>再次构建前追加的一段。</p>\n');
  // Added.
  writeFileSync(file(ADDED), "---\ntitle: '新增的文章'\ndate: 2026-01-15 10:00:00\ncategories:\n - 新媒体\n---\n<p>正文</p>\n");
  // Deleted: the first other article of the folder.
  const deleted = '0元让股，周鸿祎嫌弃哪吒了？.md';
  deletedPage = deleted.replace(/\.md$/, '');
  deletedWasPublished = readdirSync(first.outDir, { recursive: true, encoding: 'utf8' }).some((name) => name.includes(deletedPage));
  unlinkSync(file(deleted));
  renamedWasPublished = readdirSync(first.outDir, { recursive: true, encoding: 'utf8' }).some((name) => name.endsWith(`${RENAMED[0].replace(/\.md$/, '')}/index.html`));
  renameSync(file(RENAMED[0]), file(RENAMED[1]));
  // Touched: a new modification time, the same text.
  const touched = readdirSync(path.join(contentDir, '编程'), { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.md'))!;
  const later = new Date(statSync(path.join(contentDir, '编程', touched)).mtimeMs + 60_000);
  utimesSync(path.join(contentDir, '编程', touched), later, later);
  // A stylesheet of an older build (its name carries the digest of a style that has changed since).
  writeFileSync(path.join(first.outDir, '_astro', 'BaseLayout.stale000.css'), 'body{}');
  second = buildFixture({ contentDir, reuse: first });
  secondOutput = digestOutput(second.outDir);
  // Astro empties its content store when its configuration changes; simulate that.
  rmSync(path.join(second.cacheDir, 'data-store.json'));
  third = buildFixture({ contentDir, reuse: second });
  // The same files, built from nothing.
  clean = buildFixture({ contentDir });
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const build of [first, clean]) if (build) rmSync(path.dirname(build.outDir), { recursive: true, force: true });
});

describe('a rebuild after editing, adding, deleting and touching files', () => {
  test('processes only the edited and the added file, and counts the rest as unchanged', () => {
    expect(second.status, second.log).toBe(0);
    // fileCount - 1 deleted + 1 added files; the touched one is read again, found unchanged, not processed.
    expect(second.log).toContain(`${fileCount} files read in`);
    expect(second.log).toContain(`(3 processed, ${fileCount - 3} unchanged since the last build)`);
  });

  test('shows the edit, publishes the addition, and removes the deleted article', () => {
    expect(readFileSync(path.join(second.outDir, EDITED_PAGE), 'utf8')).toContain('再次构建前追加的一段。');
    expect(existsSync(path.join(second.outDir, ADDED_PAGE))).toBe(true);
    expect(deletedWasPublished).toBe(true);
    const pages = readdirSync(second.outDir, { recursive: true, encoding: 'utf8' });
    expect(pages.some((name) => name.includes(deletedPage))).toBe(false);
  });

  test('moves the renamed article: its new address has it, its old one has nothing', () => {
    const [oldName, newName] = RENAMED.map((name) => name.replace(/\.md$/, ''));
    const pages = readdirSync(second.outDir, { recursive: true, encoding: 'utf8' });
    expect(renamedWasPublished).toBe(true);
    expect(pages.some((name) => name.includes(oldName!))).toBe(false);
    expect(pages.some((name) => name.endsWith(`${newName}/index.html`))).toBe(true);
  });

  test('leaves the output folder as a clean build of the same files makes it, file for file, folder for folder', () => {
    expect(clean.status, clean.log).toBe(0);
    expect(secondOutput).toEqual(digestOutput(clean.outDir));
    const folders = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !path.relative(dir, entry.parentPath).startsWith('.prerender') && entry.name !== '.prerender')
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();
    expect(folders(second.outDir)).toEqual(folders(clean.outDir));
  });
});

describe('a rebuild whose content store was emptied', () => {
  test('takes every article from the article cache instead of processing it again', () => {
    expect(third.status, third.log).toBe(0);
    expect(third.log).toContain(`(0 processed, ${fileCount} unchanged since the last build)`);
  });

  test('builds the same site', () => {
    expect(digestOutput(third.outDir)).toEqual(secondOutput);
  });
});

