// Hexo's own function, from its utility package: the only way to be sure old addresses come out the same. The
// file is imported alone, as the package's index also loads two syntax highlighters.
import slugize from 'hexo-util/dist/slugize.js';
import type { Slugify } from '../taxonomy/allocate-slugs.ts';

/** Hexo's `filename_case`: 0 keeps the case, 1 lower case, 2 upper case. */
export type FilenameCase = 0 | 1 | 2;

/**
 * How Hexo turns a category or tag name into a URL segment: punctuation and spaces become `-`, accents go
 * (`Web Dev` → `Web-Dev`, `Node.js` → `Node-js`, `Café` → `Cafe`), Chinese stays; then `filename_case`.
 */
export function hexoSlugify(filenameCase: FilenameCase = 0): Slugify {
  return (name) => slugize(name, { transform: filenameCase });
}

/** Hexo's `:post_title`: the title slugized and lower-cased. */
export function hexoPostTitle(title: string): string {
  return slugize(title, { transform: 1 });
}
