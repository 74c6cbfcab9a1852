/** Where a top-level front-matter key sits, found by line lookup (not by parsing YAML). */
export interface FieldLocation {
  /** 1-based line in the text that was scanned. */
  line: number;
  /** The text after `key:` on that line, without a trailing ` # comment`. */
  raw: string;
}

/** The front-matter block of a normalized source, as lines. */
export interface FrontMatterBlock {
  /** Whether a closing `---` line was found. */
  isClosed: boolean;
  /** Top-level keys by name; the first occurrence wins, as it is the one an editor looks for. */
  fields: Map<string, FieldLocation>;
}

const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * Find the top-level keys of the front matter that opens `text` (first line `---`), so problems can
 * name a line. Lines are scanned once; nothing is parsed.
 */
export function locateFields(text: string): FrontMatterBlock {
  const fields = new Map<string, FieldLocation>();
  const lines = text.split('\n');
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    // gray-matter closes the block at the first line starting with the delimiter.
    if (line.startsWith('---')) return { isClosed: true, fields };
    const match = TOP_LEVEL_KEY.exec(line);
    if (match?.[1] !== undefined && !fields.has(match[1])) {
      fields.set(match[1], { line: index + 1, raw: stripComment(match[2] ?? '') });
    }
  }
  return { isClosed: false, fields };
}

function stripComment(value: string): string {
  return value.replace(/\s+#.*$/, '').trim();
}
