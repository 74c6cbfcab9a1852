import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse);

/** Parse a built page into a hast tree, for assertions with hast-util-select. */
export function readPage(file: string): Root {
  return parser.parse(readFileSync(file, 'utf8'));
}
