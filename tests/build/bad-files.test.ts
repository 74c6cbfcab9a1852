import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeBadFilesArchive, type BadFilesArchive } from '../security/write-bad-files.ts';
import { buildFixture, readSummary, type FixtureBuild } from './build-site.ts';

let archive: BadFilesArchive;
let contentDir: string;
let strict: FixtureBuild;
let lenient: FixtureBuild;

/** Built article pages: every `index.html` that carries an article's JSON-LD. */
function articlePages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').includes('"@type":"NewsArticle"'));
}

beforeAll(() => {
  contentDir = mkdtempSync(path.join(os.tmpdir(), 'clippings-bad-files-'));
  archive = writeBadFilesArchive(contentDir);
  strict = buildFixture({ contentDir, env: { CLIPPINGS_LENIENT: '0' } });
  lenient = buildFixture({ contentDir, env: { CLIPPINGS_LENIENT: '1' } });
}, 600_000);

afterAll(() => {
  for (const dir of [contentDir, strict && path.dirname(strict.outDir), lenient && path.dirname(lenient.outDir)]) {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
});

describe('an archive of bad files beside odd good ones', () => {
  test('fails a strict build with the complete list: each bad file, where, why and what to do', () => {
    expect(strict.status).not.toBe(0);
    expect(strict.log).toContain(`${archive.bad.length} of ${archive.bad.length + archive.good.length} articles have errors (listed above), so the build stopped.`);
    for (const { file, reason } of archive.bad) expect(strict.log, file).toMatch(new RegExp(`${escape(file)}(:\\d+)*: .*${escape(reason)}`));
    // It ends with what happened and what to do, not only with a stack trace.
    expect(strict.log).toContain('CLIPPINGS_LENIENT=1');
  });

  test('publishes every good file in a lenient build, reports each skipped one, and its numbers add up', () => {
    expect(lenient.status, lenient.log).toBe(0);
    const summary = readSummary(lenient.log);
    expect(summary, lenient.log).toBeDefined();
    const { read, published, drafts, future, skipped } = summary!;
    expect({ read, published, drafts, future, skipped }).toEqual({
      read: archive.bad.length + archive.good.length,
      published: archive.good.length,
      drafts: 0,
      future: 0,
      skipped: archive.bad.length,
    });
    for (const { file, reason } of archive.bad) expect(lenient.log, file).toMatch(new RegExp(`skipped: .*${escape(file)}(:\\d+)*: .*${escape(reason)}`));
  });

  test('gives every published article its own page, the 1,000 with one title included', () => {
    const pages = articlePages(lenient.outDir);
    expect(pages.length).toBe(archive.good.length);
    // The oldest keeps the plain address, the others get -2, -3… (README, "Security and content rules").
    const sameTitle = pages.map((file) => path.basename(path.dirname(file))).filter((name) => name.startsWith('同一个标题'));
    expect(new Set(sameTitle).size).toBe(archive.sameTitle.length);
    expect(sameTitle).toContain('同一个标题');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
