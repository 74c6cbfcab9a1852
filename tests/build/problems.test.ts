import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './build-site.ts';

const PROBLEMS = 'tests/fixtures/problems';
const root = path.resolve(import.meta.dirname, '../..');
const badFiles = readdirSync(path.join(root, PROBLEMS)).filter((name) => name.endsWith('.md'));

describe('an archive with bad articles', () => {
  test('fails a strict build, naming every bad file at once', () => {
    const build = buildFixture({ contentDir: PROBLEMS, env: { CLIPPINGS_LENIENT: '0' } });
    expect(build.status).not.toBe(0);
    expect(build.log).toContain(`${badFiles.length} of ${badFiles.length + 5} articles have errors (listed above), so the build stopped.`);
    for (const name of badFiles) expect(build.log).toContain(`${PROBLEMS}/${name}`);
    expect(build.log).toContain('CLIPPINGS_LENIENT=1');
  });

  test('skips them with warnings in lenient mode, and counts them', () => {
    const build = buildFixture({ contentDir: PROBLEMS, env: { CLIPPINGS_LENIENT: '1' } });
    expect(build.status, build.log).toBe(0);
    for (const name of badFiles) expect(build.log).toContain(`skipped: ${PROBLEMS}/${name}`);
    expect(build.log).toContain(
      `${badFiles.length + 5} files read in ${PROBLEMS}: 4 published, 1 drafts, 0 future-dated, ${badFiles.length} skipped with errors`,
    );
  });
});

describe('npm run check', () => {
  const check = (contentDir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/check.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CLIPPINGS_CONTENT_DIR: contentDir, NODE_NO_WARNINGS: '1' },
    });

  test('reports every bad file with its line and exits non-zero', () => {
    const result = check(PROBLEMS);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `${PROBLEMS}/date-unparseable.md:11: front matter \`date\`: expected a date (RFC 2822, ISO 8601, YYYY-MM-DD HH:mm:ss or a YAML timestamp), received "yesterday". Fix the value.`,
    );
    for (const name of badFiles) expect(result.stdout).toContain(`${PROBLEMS}/${name}`);
    expect(result.stdout).toMatch(new RegExp(`${badFiles.length + 5} files checked in [\\d.]+ s: 5 valid, ${badFiles.length} with errors`));
  });

  test('prints one JSON object with --json, for tools, with likely mistakes as warnings', () => {
    const result = check('tests/fixtures/archive', '--json', '--bodies');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ files: 40, valid: 40, invalid: 0, errors: 0 });
    const rules = new Set(report.problems.map((problem: { ruleId: string }) => problem.ruleId));
    expect(rules).toContain('date-in-future');
    expect(rules).toContain('image-without-size');
    expect(report.problems.every((problem: { file: string; text: string }) => problem.text.startsWith(problem.file))).toBe(true);
    const bad = JSON.parse(check(PROBLEMS, '--json').stdout);
    expect(bad.invalid).toBe(badFiles.length);
  });

  test('passes a clean archive', () => {
    const result = check('tests/fixtures/archive');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/40 files checked in [\d.]+ s: 40 valid, 0 with errors/);
  });
});
