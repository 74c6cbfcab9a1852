import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The clients a reader's feed app and a search engine's crawler stand for: Python's feedparser (what most feed
 * readers and the W3C's own tools are checked against) and libxml2's xmllint with the sitemap protocol's schema.
 * `.ci/run` installs both from Debian (`python3-feedparser`, `libxml2-utils`); without them the tests that use them
 * are skipped and say so.
 */

/** A Python 3 that can import feedparser, if any: a pyenv shim on the PATH may lack Debian's packages. */
export const feedparserPython = ['python3', '/usr/bin/python3'].find(
  (python) => spawnSync(python, ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0,
);

/** What feedparser made of one feed. */
export interface FeedparserResult {
  file: string;
  bozo: boolean;
  /** Why feedparser set `bozo`: the first problem it met. */
  exception?: string;
  version: string;
  entries: number;
  title: string;
  link: string;
}

const READ_FEEDS = `
import feedparser, json, sys
out = []
for file in sys.argv[1:]:
    feed = feedparser.parse(file)
    out.append({
        'file': file,
        'bozo': bool(feed.bozo),
        'exception': str(feed.get('bozo_exception')) if feed.bozo else None,
        'version': feed.version,
        'entries': len(feed.entries),
        'title': feed.feed.get('title', ''),
        'link': feed.feed.get('link', ''),
    })
print(json.dumps(out))
`;

/** Read feeds with feedparser, as a feed reader would. */
export function readWithFeedparser(files: string[]): FeedparserResult[] {
  if (!feedparserPython) throw new Error('No Python 3 with feedparser: install python3-feedparser.');
  const result = spawnSync(feedparserPython, ['-c', READ_FEEDS, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`feedparser failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as FeedparserResult[]).map((feed) => ({ ...feed, exception: feed.exception ?? undefined }));
}

/** Whether libxml2's xmllint is on the PATH. */
export const hasXmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;

/** The sitemap protocol's two documents (sitemaps.org, version 0.9), written out as XML Schema in this folder. */
export const sitemapSchemas = {
  urlset: path.join(import.meta.dirname, 'schemas/sitemap-0.9.xsd'),
  sitemapindex: path.join(import.meta.dirname, 'schemas/sitemapindex-0.9.xsd'),
};

/** Validate XML files against a schema with xmllint; its complaints, empty when every file is valid. */
export function validateWithXmllint(files: string[], schema: string): string[] {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, ...files], { encoding: 'utf8' });
  if (result.error) throw result.error;
  // xmllint prints "<file> validates" per valid file and the errors otherwise, all on stderr.
  return result.stderr.split('\n').filter((line) => line.trim() && !line.endsWith(' validates'));
}
