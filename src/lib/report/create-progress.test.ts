import { describe, expect, test } from 'vitest';
import { createProgress, isInteractive } from './create-progress.ts';

function run(total: number, interactive: boolean, minimum?: number): string[] {
  const lines: string[] = [];
  const progress = createProgress(total, (done, all) => `${done}/${all}`, { info: (line) => lines.push(line) }, { interactive, minimum });
  for (let i = 0; i < total; i++) progress.tick();
  return lines;
}

describe('createProgress', () => {
  test('stays quiet in CI logs', () => {
    expect(run(10_000, false)).toEqual([]);
  });

  test('stays quiet for short loops', () => {
    expect(run(100, true)).toEqual([]);
  });

  test('reports every tenth of a long loop, but not the end', () => {
    expect(run(100, true, 10)).toEqual(['10/100', '20/100', '30/100', '40/100', '50/100', '60/100', '70/100', '80/100', '90/100']);
  });
});

describe('isInteractive', () => {
  test('is false in CI and in pipes, true in a terminal', () => {
    expect(isInteractive({ CI: 'true' }, true)).toBe(false);
    expect(isInteractive({}, false)).toBe(false);
    expect(isInteractive({}, true)).toBe(true);
  });

  test('follows CLIPPINGS_PROGRESS when it is set', () => {
    expect(isInteractive({ CLIPPINGS_PROGRESS: '1', CI: 'true' }, false)).toBe(true);
    expect(isInteractive({ CLIPPINGS_PROGRESS: '0' }, true)).toBe(false);
  });
});
