import { isUtf8 } from 'node:buffer';
import type { Problem } from '../report/problem.ts';

/** An article file's text, or why it cannot be read as text. */
export type DecodedArticleFile = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Read an article file's bytes as UTF-8 text. A binary file with an `.md` name, or a file saved in another
 * encoding (GBK and GB18030 are common in Chinese archives), is refused with a message that says where and what
 * to do, instead of being published with replacement characters (U+FFFD) in place of its text.
 */
export function decodeArticleFile(bytes: Uint8Array, file: string): DecodedArticleFile {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return refuse(
      file,
      lineAt(bytes, nul),
      'file-binary',
      `The file is not text: it holds a NUL byte (at byte ${nul}). Only Markdown articles belong in the content folder; move this file out of it.`,
    );
  }
  if (!isUtf8(bytes)) {
    const lossy = Buffer.from(bytes).toString('utf8');
    const bad = lossy.indexOf('\uFFFD');
    return refuse(
      file,
      bad === -1 ? undefined : lossy.slice(0, bad).split('\n').length,
      'file-not-utf8',
      'The file is not valid UTF-8. Re-save it as UTF-8 (for a file saved as GBK or GB18030: `iconv -f GB18030 -t UTF-8 in.md > out.md`).',
    );
  }
  return { ok: true, text: Buffer.from(bytes).toString('utf8') };
}

function refuse(file: string, line: number | undefined, ruleId: string, message: string): DecodedArticleFile {
  return { ok: false, problem: { file, ...(line === undefined ? {} : { line }), message, ruleId, severity: 'error' } };
}

/** 1-based line of byte `offset` (line breaks are single bytes in every encoding this meets). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
