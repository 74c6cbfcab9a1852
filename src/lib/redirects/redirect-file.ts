/** Most bytes in one file or folder name on the file systems static sites are built on. */
const MAX_NAME_BYTES = 255;

/**
 * The file, relative to the output folder, that serves an old address: `index.html` in its folder for a path that
 * ends with a slash, the path itself otherwise (`2019/01/a.html`). Refuses, with the reason, a path that could climb
 * out of the output folder or that no file system can hold.
 */
export function redirectFileOf(from: string): { ok: true; file: string } | { ok: false; reason: string } {
  const segments = from.split('/');
  const folder = from.endsWith('/');
  if (folder) segments.pop();
  if (segments.length === 0 || segments.some((segment) => segment === '')) return { ok: false, reason: 'the path has an empty segment' };
  if (segments.some((segment) => segment === '.' || segment === '..')) return { ok: false, reason: 'the path has a `.` or `..` segment' };
  if (segments.some((segment) => segment.includes('\0'))) return { ok: false, reason: 'the path holds a NUL character' };
  if (segments.some((segment) => Buffer.byteLength(segment) > MAX_NAME_BYTES)) {
    return { ok: false, reason: `a segment is longer than ${MAX_NAME_BYTES} bytes, more than a file system allows in a name` };
  }
  return { ok: true, file: folder ? [...segments, 'index.html'].join('/') : segments.join('/') };
}
