/** Article source ready for gray-matter, with what is needed to point back into the original file. */
export interface NormalizedSource {
  /** The text without BOM, with LF line endings and without the blank lines before `---`. */
  text: string;
  /** How many lines were dropped from the top: add it to a line of `text` to get the original line. */
  lineOffset: number;
}

/**
 * Prepare a raw article for gray-matter: strip a UTF-8 BOM, turn CRLF and CR into LF, and drop the
 * blank lines the archive puts before `---` (gray-matter sees no front matter otherwise).
 */
export function normalizeSource(raw: string): NormalizedSource {
  const unix = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let start = 0;
  let lineOffset = 0;
  for (let end = unix.indexOf('\n'); end !== -1; end = unix.indexOf('\n', start)) {
    if (unix.slice(start, end).trim() !== '') break;
    start = end + 1;
    lineOffset += 1;
  }
  if (!unix.startsWith('---', start)) return { text: unix, lineOffset: 0 };
  return { text: unix.slice(start), lineOffset };
}
