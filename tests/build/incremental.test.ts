import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
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

let first: FixtureBuild;
let second: FixtureBuild;
let third: FixtureBuild;
let secondOutput: Map<string, string>;
let deletedPage: string;
let deletedWasPublished: boolean;
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
  // Touched: a new modification time, the same text.
  const touched = readdirSync(path.join(contentDir, '编程'), { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.md'))!;
  const later = new Date(statSync(path.join(contentDir, '编程', touched)).mtimeMs + 60_000);
  utimesSync(path.join(contentDir, '编程', touched), later, later);
  second = buildFixture({ contentDir, reuse: first });
  secondOutput = digestOutput(second.outDir);
  // Astro empties its content store when its configuration changes; simulate that.
  rmSync(path.join(second.cacheDir, 'data-store.json'));
  third = buildFixture({ contentDir, reuse: second });
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (first) rmSync(path.dirname(first.outDir), { recursive: true, force: true });
});

describe('a rebuild after editing, adding, deleting and touching files', () => {
  test('processes only the edited and the added file, and counts the rest as unchanged', () => {
    expect(second.status, second.log).toBe(0);
    // fileCount - 1 deleted + 1 added files; the touched one is read again, found unchanged, not processed.
    expect(second.log).toContain(`${fileCount} files read in`);
    expect(second.log).toContain(`(2 processed, ${fileCount - 2} unchanged since the last build)`);
  });

  test('shows the edit, publishes the addition, and removes the deleted article', () => {
    expect(readFileSync(path.join(second.outDir, EDITED_PAGE), 'utf8')).toContain('再次构建前追加的一段。');
    expect(existsSync(path.join(second.outDir, ADDED_PAGE))).toBe(true);
    expect(deletedWasPublished).toBe(true);
    const pages = readdirSync(second.outDir, { recursive: true, encoding: 'utf8' });
    expect(pages.some((name) => name.includes(deletedPage))).toBe(false);
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

