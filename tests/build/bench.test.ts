import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withBuildLock } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the benchmark', () => {
  test('generates a small archive, builds it five times, searches it in Chromium and reports it all', { timeout: 600_000 }, () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'clippings-bench-'));
    const result = withBuildLock(() => spawnSync(
      process.execPath,
      ['--experimental-strip-types', 'scripts/bench/run-bench.ts', '--articles', '200', '--seed', '7', '--out', out],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true', NODE_NO_WARNINGS: '1' } },
    ));
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const report = JSON.parse(readFileSync(path.join(out, 'bench-200.json'), 'utf8'));
    expect(report.articles).toBe(200);
    expect(report.runs.map((run: { name: string }) => run.name)).toEqual([
      'clean build',
      'rebuild, nothing changed',
      'rebuild, one article edited',
      'rebuild, edit undone',
      'rebuild, one article added',
    ]);
    // After the edit and the addition, the site's own search finds the changed article, first, by its new words.
    const searched = report.runs.filter((run: { searchAfter?: unknown }) => run.searchAfter);
    expect(searched.map((run: { name: string }) => run.name)).toEqual(['rebuild, one article edited', 'rebuild, one article added']);
    for (const run of searched) expect(run.searchAfter.targetRank, run.name).toBe(1);
    for (const run of report.runs) {
      expect(run.status).toBe(0);
      expect(run.seconds).toBeGreaterThan(0);
      expect(run.peakRssBytes).toBeGreaterThan(100 * 2 ** 20);
      expect(run.pages).toBeGreaterThan(200);
      const phases = Object.fromEntries(run.phases.map((phase: { name: string; seconds: number }) => [phase.name, phase.seconds]));
      for (const name of ['content sync', 'page generation', 'search indexing']) expect(phases[name], name).toBeGreaterThan(0);
      expect(run.indexBytes).toBeGreaterThan(0);
    }
    expect(result.stdout).toMatch(/\| clean build \| [\d.]+ s \| [\d.]+ GiB \|/);
    // Searches: every query answered, with its cost measured; a phrase from one article finds that article first.
    expect(report.search.length).toBeGreaterThanOrEqual(4);
    for (const measure of report.search) {
      expect(measure.firstResultsMs, measure.kind).toBeGreaterThan(0);
      expect(measure.pagefindBytes, measure.kind).toBeGreaterThan(0);
      expect(measure.status, measure.kind).toMatch(/找到(至少)? \d+ 篇|没有找到/);
    }
    const phrases = report.search.filter((measure: { kind: string }) => measure.kind.startsWith('phrase'));
    expect(phrases.length).toBe(4);
    for (const phrase of phrases) expect(phrase.targetRank, phrase.kind).toBe(1);
    expect(result.stdout).toMatch(/\| common word \| 中国 \| \d+ ms \|/);
    expect(report.search.find((measure: { kind: string }) => measure.kind === 'common word').status).toMatch(/找到 \d+ 篇/);
  });
});
