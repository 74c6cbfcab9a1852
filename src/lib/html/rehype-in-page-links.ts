import type { Root } from 'hast';
import { readString } from './hast-helpers.ts';
import { visitElements } from './visit-elements.ts';

/** Options for {@link rehypeInPageLinks}. */
export interface InPageLinksOptions {
  /** Prefix the sanitizer will put before every `id` and `name`. Default: `'user-content-'` (rehype-sanitize's `clobberPrefix`). */
  prefix?: string;
}

/**
 * Point in-page links (`href="#intro"`) at the ids the sanitizer is about to prefix (`#user-content-intro`).
 *
 * The sanitizer prefixes ids so that article HTML cannot clobber page globals (`window.intro`), but it
 * leaves hrefs alone; this plugin keeps the two in step. Runs before the sanitizer, after every id is set.
 */
export default function rehypeInPageLinks(options: InPageLinksOptions = {}) {
  const prefix = options.prefix ?? 'user-content-';
  return (tree: Root) => {
    const targets = new Set<string>();
    visitElements(tree, (node) => {
      for (const name of ['id', 'name']) {
        const value = readString(node.properties, name);
        if (value) targets.add(value);
      }
    });
    visitElements(tree, (node) => {
      const href = node.tagName === 'a' ? readString(node.properties, 'href') : undefined;
      if (!href?.startsWith('#')) return;
      const id = decodeFragment(href.slice(1));
      if (targets.has(id)) node.properties.href = '#' + encodeURIComponent(prefix + id);
    });
  };
}

/** Fragments may be percent-encoded (`#%E4%B8%80`); a malformed one is taken literally. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
