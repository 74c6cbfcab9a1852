import { describe, expect, test } from 'vitest';
import { createProgress } from './create-progress.ts';

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
