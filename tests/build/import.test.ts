import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from './build-site.ts';
import { readPage } from './html.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FEEDS = path.join(root, 'tests/fixtures/feeds');
const work = mkdtempSync(path.join(os.tmpdir(), 'clippings-import-'));
const contentDir = path.join(work, 'content');
const feedFiles = readdirSync(FEEDS).map((name) => path.join(FEEDS, name)).sort();

const importFeeds = (...sources: string[]) =>
  spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/import-feeds.ts', ...sources], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CLIPPINGS_CONTENT_DIR: contentDir, NODE_NO_WARNINGS: '1' },
  });
const articleFiles = () => readdirSync(contentDir, { recursive: true }).map(String).filter((file) => file.endsWith('.md')).sort();

let first: ReturnType<typeof importFeeds>;
let build: FixtureBuild;

beforeAll(() => {
  first = importFeeds(...feedFiles);
  build = buildFixture({ contentDir });
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (build) rmSync(path.dirname(build.outDir), { recursive: true, force: true });
});

describe('npm run import', () => {
  test('imports every good item, reports the broken feed and each rejected item, and exits non-zero', () => {
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/✗ .*malformed\.xml: not imported: /);
    expect(first.stdout).toMatch(/rejected: it has no title \(https:\/\/partial\.example\/no-title\)/);
    expect(first.stdout).toMatch(/rejected: it has neither a guid nor a link/);
    expect(first.stdout).toContain('6 feed(s) read, 1 failed: 10 new, 0 updated, 0 unchanged, 2 rejected.');
    expect(articleFiles()).toHaveLength(10);
    // Two items with one title: two files.
    expect(articleFiles().filter((file) => file.includes('特斯拉召回近58万辆汽车'))).toHaveLength(2);
  });

  test('never writes over a file already there, even one whose front matter does not parse', () => {
    const into = path.join(work, 'hand-written');
    const broken = path.join(into, '36氪', '快手切断淘宝京东外链，大搞品牌电商闭环？.md');
    const text = '---\ntitle: [没有闭合\n---\n手写的文章\n';
    mkdirSync(path.dirname(broken), { recursive: true });
    writeFileSync(broken, text);
    const result = importFeeds(path.join(FEEDS, '36kr-rss2.xml'), '--into', into);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(broken, 'utf8')).toBe(text);
    const written = readdirSync(path.dirname(broken)).filter((name) => name.startsWith('快手切断淘宝京东外链'));
    expect(written).toHaveLength(2);
  });

  test('builds: each imported article has its page, with its date and its category', () => {
    expect(build.status, build.log).toBe(0);
    const page = readPage(path.join(build.outDir, '2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/index.html'));
    expect(toString(select('h1', page)!)).toBe('快手切断淘宝京东外链，大搞品牌电商闭环？');
    expect(select('time', page)!.properties.dateTime).toBe('2022-02-23T09:50:30.000Z');
    expect(toString(select('nav[aria-label] ol, .breadcrumb', page) ?? page)).toContain('36氪');
    // The hostile body was imported as is and sanitized by the build.
    const hostile = readFileSync(path.join(build.outDir, '2022/02/带脚本的正文 _引号__ 冒号 _井号/index.html'), 'utf8');
    expect(hostile).not.toMatch(/alert\(/);
  });

  test('imports again without duplicating anything, and updates an edited item in place', () => {
    const before = articleFiles();
    const again = importFeeds(...feedFiles);
    expect(again.stdout).toContain('0 new, 0 updated, 10 unchanged, 2 rejected.');
    expect(articleFiles()).toEqual(before);

    const edited = path.join(work, '36kr-edited.xml');
    writeFileSync(edited, readFileSync(path.join(FEEDS, '36kr-rss2.xml'), 'utf8').replace('同一个标题的第二期早报', '更正后的第二期早报'));
    const update = importFeeds(edited);
    expect(update.stdout).toContain('0 new, 1 updated, 2 unchanged, 0 rejected.');
    expect(articleFiles()).toEqual(before);
    expect(articleFiles().map((file) => readFileSync(path.join(contentDir, file), 'utf8')).join('\n')).toContain('更正后的第二期早报');
  });

  test('refuses an item larger than 10 MB and imports the rest of its feed', () => {
    const huge = path.join(work, 'huge.xml');
    const big = `<p>${'很大'.repeat(2_000_000)}</p>`;
    writeFileSync(huge, `<?xml version="1.0"?><rss version="2.0"><channel><title>大源</title><item><title>巨大的条目</title><guid>huge-1</guid><description><![CDATA[${big}]]></description></item><item><title>正常的条目</title><guid>huge-2</guid><description>ok</description></item></channel></rss>`);
    const result = importFeeds(huge);
    expect(result.stdout).toMatch(/rejected: its content is larger than 10 MB \(huge-1\)/);
    expect(result.stdout).toContain('1 new, 0 updated, 0 unchanged, 1 rejected.');
  });
});

