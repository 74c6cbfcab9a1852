// `npm run import -- <feed file or URL>… [--into <dir>] [--category a/b/c]`: turn feed items into articles.
// Each item becomes `<into>/<category…>/<title>.md` (front matter by a YAML serializer, body the item's HTML as
// is); an item already imported (same guid, else same link) is updated in place; two items with one title get
// two files. Prints a summary per feed; exits with 1 when a feed failed or an item was rejected.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { config, contentRoot } from '../src/config.ts';
import { listArticleFiles } from '../src/content/article-files.ts';
import { normalizeSource } from '../src/lib/article/normalize-source.ts';
import { MATTER_OPTIONS } from '../src/lib/article/read-front-matter.ts';
import { hashText, sanitizePathSegment } from '../src/lib/article/sanitize-path-segment.ts';
import { itemToArticle, type ItemArticle } from '../src/lib/import/item-to-article.ts';
import { digestText, planImport, type ExistingArticle } from '../src/lib/import/plan-import.ts';
import { readFeed } from '../src/lib/import/read-feed.ts';

/** A feed bigger than this is refused before parsing. */
const MAX_FEED_BYTES = 50 * 2 ** 20;
const FETCH_TIMEOUT_MS = 30_000;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { into: { type: 'string' }, category: { type: 'string' } },
});
if (positionals.length === 0) {
  console.error('Usage: npm run import -- <feed file or URL>… [--into <dir>] [--category a/b/c]');
  process.exit(2);
}
const into = values.into ? path.resolve(values.into) : contentRoot;
const now = new Date();
const existing = await readExisting(into);
const byFile = new Map(existing.map((article) => [article.file, article]));
const totals = { feeds: 0, failed: 0, new: 0, updated: 0, unchanged: 0, rejected: 0 };

for (const source of positionals) {
  totals.feeds++;
  let feed: ReturnType<typeof readFeed>;
  try {
    feed = readFeed(await readSource(source));
  } catch (error) {
    totals.failed++;
    console.error(`✗ ${source}: not imported: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const categories = values.category
    ? values.category.split('/').map((name) => name.trim()).filter((name) => name !== '')
    : [feed.title ?? new URL(source, 'file:///').hostname ?? 'feed'];
  const folder = categories.map((name) => sanitizePathSegment(name, hashText(name))).join('/');
  const items = feed.items.map((item) => itemToArticle(item, { categories, now, timeZone: config.timeZone }));
  const rejected = items.filter((item): item is Extract<ItemArticle, { ok: false }> => !item.ok);
  const counts = { new: 0, updated: 0, unchanged: 0, rejected: rejected.length, failed: 0 };
  for (const action of planImport(items.filter((item) => item.ok), existing, folder)) {
    if (action.kind !== 'unchanged') {
      try {
        mkdirSync(path.dirname(path.join(into, action.file)), { recursive: true });
        writeFileSync(path.join(into, action.file), action.text);
      } catch (error) {
        counts.failed++;
        console.error(`✗ ${source}: could not write ${action.file}: ${(error as Error).message}`);
        continue;
      }
      // Later feeds of this run see what this one wrote.
      const entry = describeArticle(action.file, action.text);
      const known = byFile.get(action.file);
      if (known) Object.assign(known, entry);
      else {
        existing.push(entry);
        byFile.set(action.file, entry);
      }
    }
    counts[action.kind]++;
  }
  totals.new += counts.new;
  totals.updated += counts.updated;
  totals.unchanged += counts.unchanged;
  totals.rejected += counts.rejected + counts.failed;
  console.log(`✓ ${source} (${feed.format}, "${feed.title ?? ''}"): ${feed.items.length} items: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected + counts.failed} rejected → ${path.relative(process.cwd(), path.join(into, folder)) || '.'}`);
  for (const item of rejected) console.log(`  rejected: ${item.reason}`);
}

console.log(
  `${totals.feeds} feed(s) read, ${totals.failed} failed: ${totals.new} new, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.rejected} rejected.`,
);
process.exit(totals.failed > 0 || totals.rejected > 0 ? 1 : 0);

/** The feed's text, from a file or an http(s) URL, refused above MAX_FEED_BYTES. */
async function readSource(source: string): Promise<string> {
  if (!/^https?:\/\//i.test(source)) {
    const bytes = readFileSync(source);
    if (bytes.length > MAX_FEED_BYTES) throw new Error(`the file is larger than ${MAX_FEED_BYTES / 2 ** 20} MB`);
    return bytes.toString('utf8');
  }
  const response = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { 'user-agent': 'Clippings feed importer' } });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_FEED_BYTES) throw new Error(`the feed is larger than ${MAX_FEED_BYTES / 2 ** 20} MB`);
  return bytes.toString('utf8');
}

/**
 * Every article already in the target folder, with the guid, link and date that recognise an imported item. Every
 * file is listed, even one whose front matter does not parse: its name is taken, so no item is written over it.
 */
async function readExisting(root: string): Promise<ExistingArticle[]> {
  if (!existsSync(root)) return [];
  const files = await listArticleFiles(root);
  return files.map((file) => describeArticle(file, readFileSync(path.join(root, file), 'utf8')));
}

/**
 * An article file with the guid, link and date that recognise an imported item, read as the build reads it (BOM,
 * CRLF and blank lines before `---` allowed). A file whose YAML does not parse has none: it cannot be an imported
 * item to update, and the build reports it.
 */
function describeArticle(file: string, text: string): ExistingArticle {
  let data: Record<string, unknown> = {};
  try {
    data = matter(normalizeSource(text).text, MATTER_OPTIONS).data as Record<string, unknown>;
  } catch {
    // Keep the file, without guid or link.
  }
  const pick = (value: unknown) => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : undefined);
  return { file, digest: digestText(text), guid: pick(data.guid), sourceUrl: pick(data.source_url), date: pick(data.date) };
}
