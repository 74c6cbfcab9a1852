import { describe, expect, test } from 'vitest';
import { decodeArticleFile } from './decode-article-file.ts';

describe('decodeArticleFile', () => {
  test('reads UTF-8, byte-order mark and all', () => {
    const bytes = Buffer.from('\uFEFF---\ntitle: 快手\n---\n正文', 'utf8');
    expect(decodeArticleFile(bytes, 'a.md')).toEqual({ ok: true, text: '\uFEFF---\ntitle: 快手\n---\n正文' });
  });

  test('refuses a binary file, saying where its first NUL byte is', () => {
    const result = decodeArticleFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'image.md');
    expect(result).toMatchObject({ ok: false, problem: { file: 'image.md', line: 3, ruleId: 'file-binary', severity: 'error' } });
    expect(!result.ok && result.problem.message).toMatch(/not text.*byte 7.*move this file out/);
  });

  test('refuses a GBK file, with the line of its first bad byte and how to convert it', () => {
    // "---\ntitle: 快手\n": 快手 in GBK is BF EC CA D6, which is not UTF-8.
    const bytes = Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xbf, 0xec, 0xca, 0xd6]), Buffer.from('\n---\n')]);
    const result = decodeArticleFile(bytes, 'gbk.md');
    expect(result).toMatchObject({ ok: false, problem: { file: 'gbk.md', line: 2, ruleId: 'file-not-utf8' } });
    expect(!result.ok && result.problem.message).toMatch(/iconv -f GB18030 -t UTF-8/);
  });
});
