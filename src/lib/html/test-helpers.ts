import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';

/** Run plugins over an HTML fragment and return the HTML and the messages (`ruleId: reason @ line:column`), for plugin tests. */
export function transformHtml(html: string, ...plugins: Pluggable[]): { html: string; messages: string[] } {
  const processor = unified().use(rehypeParse, { fragment: true }).use(plugins).use(rehypeStringify);
  const file = new VFile({ value: html });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return {
    html: processor.stringify(tree, file),
    messages: file.messages.map((message) => `${message.ruleId}: ${message.reason} @ ${message.line}:${message.column}`),
  };
}

/** Run plugins over an HTML fragment and return only the HTML. */
export function transformHtmlToString(html: string, ...plugins: Pluggable[]): string {
  return transformHtml(html, ...plugins).html;
}

/** The fixture archive copied into the repository (`tests/fixtures/archive/`). */
export const archiveDirectory = fileURLToPath(new URL('../../../tests/fixtures/archive/', import.meta.url));

/** Path of the 36kr seed article inside the fixture archive. */
export const seedArticlePath = '新媒体/36kr/资讯/快手切断淘宝京东外链，大搞品牌电商闭环？.md';

/** Read a fixture article and return its Markdown/HTML body, split from the front matter the way the article module does. */
export function readArchiveBody(relativePath: string): string {
  const raw = readFileSync(join(archiveDirectory, relativePath), 'utf8');
  // An options object makes gray-matter skip its cache, which would otherwise keep every file in memory.
  return matter(raw.replace(/^\uFEFF/, '').trimStart(), {}).content;
}
