import { createHash } from 'node:crypto';
import type { SearchRecord } from './search-record.ts';

/**
 * A digest of everything that goes into a shard's index: each article's link, metadata, filters and body
 * (through its content-addressed `htmlKey`), plus `salt` for the settings and versions that shape every
 * document. Equal fingerprints mean the previous bundle can be reused without running Pagefind.
 */
export function fingerprintShard(records: SearchRecord[], salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const record of records) {
    hash.update('\0').update(JSON.stringify([record.href, record.title, record.date, record.source, record.image, record.categories, record.tags, record.htmlKey]));
  }
  return hash.digest('hex').slice(0, 20);
}
