import { createHash } from 'node:crypto';

/**
 * Characters that break a path segment: `/ \` separate paths, `? # %` change a URL's meaning,
 * `< > " | * :` are refused by Windows and some hosts. They become `_`, as the archive's own file
 * names already show (`K_DA_ More.md` for "K/DA: More").
 */
const UNSAFE_CHARACTERS = /[/\\?#%<>"|*:]/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Line and paragraph separators (U+2028, U+2029) are whitespace that ends a line in JavaScript source; a path
 * holding one did not match its own route in Astro (found by the hostile archive). They become spaces.
 */
const LINE_SEPARATORS = /[\u2028\u2029]/g;
/** Device names Windows will not create as files or folders. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** File systems allow 255 bytes per name; a long Chinese title easily has more. Leaves room for `-2`. */
const MAX_SEGMENT_BYTES = 200;

/**
 * The key under which two names are the same file on macOS and Windows: compared case-insensitively, after NFC
 * (`AI` and `ai`, a composed and a decomposed `é`). Every check that two articles, slugs or files would collide uses it.
 */
export function fileSystemKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** A short, stable hash (12 hex digits, as Hexo's `:hash`) of a text such as a source path. */
export function hashText(text: string): string {
  return createHash('sha1').update(text.normalize('NFC')).digest('hex').slice(0, 12);
}

/**
 * Make one path segment safe for file systems and URLs while changing as little as possible:
 * Unicode NFC; control characters removed; `/ \ ? # % < > " | * :` replaced by `_`; leading dots
 * and surrounding spaces and dots removed (so `.` and `..` cannot climb out of the output folder);
 * cut to 200 UTF-8 bytes. Spaces inside stay (links percent-encode them). A segment that ends up
 * empty becomes `fallback`.
 */
export function sanitizePathSegment(segment: string, fallback: string): string {
  let safe = segment
    .normalize('NFC')
    .replace(CONTROL_CHARACTERS, '')
    .replace(LINE_SEPARATORS, ' ')
    .replace(UNSAFE_CHARACTERS, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  safe = truncateUtf8(safe, MAX_SEGMENT_BYTES).replace(/[\s.]+$/, '');
  if (WINDOWS_DEVICE_NAME.test(safe)) safe = `${safe}_`;
  return safe === '' ? sanitizePathSegment(fallback, 'untitled') : safe;
}

/**
 * Sanitize each `/`-separated segment of a path and drop empty ones (`a//b` is `a/b`). The result
 * has no leading or trailing slash and never contains a `.` or `..` segment.
 */
export function sanitizePath(path: string, fallback: string): string {
  const segments = path.split('/').filter((segment) => segment.trim() !== '');
  return segments.map((segment) => sanitizePathSegment(segment, fallback)).join('/');
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let bytes = 0;
  let result = '';
  for (const character of text) {
    bytes += Buffer.byteLength(character);
    if (bytes > maxBytes) break;
    result += character;
  }
  return result;
}
