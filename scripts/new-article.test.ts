import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = mkdtempSync(path.join(os.tmpdir(), 'clippings-new-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/new-article.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CLIPPINGS_CONTENT_DIR: contentDir, NODE_NO_WARNINGS: '1' },
  });

afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

describe('npm run new', () => {
  test('creates the article in its category folders, and refuses to overwrite it', () => {
    const first = run('快手：电商闭环', '--category', '新媒体/36kr/资讯', '--tags', '快手,电商');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const file = path.join(contentDir, '新媒体/36kr/资讯/快手：电商闭环.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\ntitle: 快手：电商闭环\ndate: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00'\ncategories:\n  - 新媒体\n  - 36kr\n  - 资讯\ntags:\n  - 快手\n  - 电商\n---\n/);

    const second = run('快手：电商闭环', '--category', '新媒体/36kr/资讯');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already exists; nothing was written/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
