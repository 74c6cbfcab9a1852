import { createHash } from 'node:crypto';
import { fileSystemKey } from '../article/sanitize-path-segment.ts';
import type { ItemArticle } from './item-to-article.ts';
import { articleText } from './item-to-article.ts';

/** An article already in the target folder, as far as importing needs to know it. */
export interface ExistingArticle {
  /** Path below the target folder, POSIX separators. */
  file: string;
  /**
   * {@link digestText} of the file's text, to tell an unchanged item from an updated one. A digest, not the text:
   * the importer holds every article of the archive at once (10,000 texts took 170 MB more than their digests).
   */
  digest: string;
  guid?: string;
  sourceUrl?: string;
  /** Its front-matter date as written, kept for items that have none. */
  date?: string;
}

/** What to do with one item. */
export interface ImportAction {
  kind: 'new' | 'updated' | 'unchanged';
  file: string;
  text: string;
  key: string;
}

/**
 * Decide, for every valid item, which file it goes to and whether that file is new, changed or unchanged. An item
 * already in the folder (same guid, else same link) is updated in place, never duplicated; a new item whose file
 * name is taken by another item gets a suffix from its own guid, so that two items with one title never overwrite
 * each other and the result does not depend on the order of items. `folder` is the path below the target folder
 * where new files go.
 */
export function planImport(items: Extract<ItemArticle, { ok: true }>[], existing: ExistingArticle[], folder: string): ImportAction[] {
  const byKey = new Map<string, ExistingArticle>();
  for (const article of existing) {
    if (article.sourceUrl) byKey.set(`link\u0000${article.sourceUrl}`, article);
  }
  // A guid match wins over a link match: set second.
  for (const article of existing) if (article.guid) byKey.set(`guid\u0000${article.guid}`, article);
  const taken = new Set(existing.map((article) => fileSystemKey(article.file)));
  const actions: ImportAction[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    const guid = typeof item.data.guid === 'string' ? item.data.guid : undefined;
    const link = typeof item.data.source_url === 'string' ? item.data.source_url : undefined;
    const match = (guid && byKey.get(`guid\u0000${guid}`)) || (link && byKey.get(`link\u0000${link}`)) || undefined;
    if (match) {
      const data = item.datedByImport && match.date ? { ...item.data, date: match.date } : item.data;
      const text = articleText(data, item.body);
      actions.push({ kind: digestText(text) === match.digest ? 'unchanged' : 'updated', file: match.file, text, key: item.key });
      continue;
    }
    const stem = `${folder ? `${folder}/` : ''}${item.baseName}`;
    let file = `${stem}.md`;
    if (taken.has(fileSystemKey(file))) file = `${stem}-${item.suffix}.md`;
    // The suffixed name may be taken too, by a file of another origin: count on until a name is free.
    for (let n = 2; taken.has(fileSystemKey(file)); n++) file = `${stem}-${item.suffix}-${n}.md`;
    taken.add(fileSystemKey(file));
    actions.push({ kind: 'new', file, text: articleText(item.data, item.body), key: item.key });
  }
  return actions;
}

/** SHA-256 of a file's exact text. */
export function digestText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
