import { describe, expect, test } from 'vitest';
import { redirectFileOf } from './redirect-file.ts';

describe('redirectFileOf', () => {
  test("serves a folder's address from its index.html, a file's from the file", () => {
    expect(redirectFileOf('2026/02/75%，澳洲/')).toEqual({ ok: true, file: '2026/02/75%，澳洲/index.html' });
    expect(redirectFileOf('2019/01/a.html')).toEqual({ ok: true, file: '2019/01/a.html' });
  });

  test('refuses paths that climb out, are empty or cannot be file names', () => {
    expect(redirectFileOf('../etc/')).toMatchObject({ ok: false, reason: expect.stringMatching(/`\.` or `\.\.`/) });
    expect(redirectFileOf('a/./b/')).toMatchObject({ ok: false });
    expect(redirectFileOf('/')).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(redirectFileOf('a//b/')).toMatchObject({ ok: false });
    expect(redirectFileOf('a\0b/')).toMatchObject({ ok: false, reason: expect.stringMatching(/NUL/) });
    expect(redirectFileOf(`${'长'.repeat(86)}/`)).toMatchObject({ ok: false, reason: expect.stringMatching(/255 bytes/) });
    expect(redirectFileOf(`${'长'.repeat(85)}/`)).toMatchObject({ ok: true });
  });
});
