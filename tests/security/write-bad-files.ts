import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file the archive must refuse, and what the build log must say about it. */
export interface BadFile {
  file: string;
  reason: string;
}

/** What the written archive holds. */
export interface BadFilesArchive {
  /** Files that must be refused, each with its reason. */
  bad: BadFile[];
  /** Files that must be published, each on its own page. */
  good: string[];
  /** Articles sharing one title, among `good`. */
  sameTitle: string[];
}

const DATE = 'date: 2023-05-04 10:00:00';
const article = (title: string, body = '<p>正文。</p>', extra = '') => `---\ntitle: ${JSON.stringify(title)}\n${DATE}\n${extra}---\n${body}\n`;
const billionLaughs = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
  }),
].join('\n');

/**
 * Write an archive of the bad-file cases of the hardening issue beside good files that look odd but are fine:
 * every way a file can fail (empty, no or unclosed front matter, bad YAML, an alias bomb, wrong types, missing
 * or impossible values, not UTF-8, binary, nested 10,000 levels deep), and good ones that must survive (a
 * byte-order mark, CRLF, 5 MB, 1,000 articles with one title, titles that slug to nothing, odd file names).
 */
export function writeBadFilesArchive(dir: string): BadFilesArchive {
  mkdirSync(dir, { recursive: true });
  const bad: BadFile[] = [];
  const good: string[] = [];
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  };
  const refuse = (file: string, content: string | Buffer, reason: string) => (write(file, content), bad.push({ file, reason }));
  const keep = (file: string, content: string | Buffer) => (write(file, content), good.push(file));

  refuse('bad/empty.md', '', 'has no front matter');
  refuse('bad/no-front-matter.md', '<p>只有正文。</p>\n', 'has no front matter');
  refuse('bad/unclosed.md', `---\ntitle: 未闭合\n${DATE}\n<p>正文</p>\n`, 'is never closed');
  refuse('bad/invalid-yaml.md', `---\ntitle: [未闭合的列表\n${DATE}\n---\n正文\n`, 'is not valid YAML');
  refuse('bad/billion-laughs.md', `---\n${billionLaughs}\ntitle: 炸弹\n${DATE}\ntags: *i\n---\n正文\n`, 'holds more than 10,000 values');
  refuse('bad/title-list.md', `---\ntitle: [甲, 乙]\n${DATE}\n---\n正文\n`, 'front matter `title`: expected a non-empty text, received a list');
  refuse('bad/date-object.md', `---\ntitle: 日期是映射\ndate: {year: 2022}\n---\n正文\n`, 'front matter `date`: expected a date');
  refuse('bad/title-missing.md', `---\n${DATE}\n---\n正文\n`, 'front matter `title`: expected a non-empty text, received nothing');
  refuse('bad/date-missing.md', `---\ntitle: 没有日期\n---\n正文\n`, 'front matter `date`: expected a date');
  refuse('bad/date-impossible.md', `---\ntitle: 二月三十日\ndate: 2022-02-30\n---\n正文\n`, 'front matter `date`: expected a date (RFC 2822, ISO 8601, YYYY-MM-DD HH:mm:ss or a YAML timestamp), received "2022-02-30"');
  // 快手 in GBK: the bytes BF EC CA D6, which are not UTF-8.
  refuse('bad/gbk.md', Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xbf, 0xec, 0xca, 0xd6]), Buffer.from(`\n${DATE}\n---\n正文\n`)]), 'is not valid UTF-8');
  refuse('bad/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'is not text');
  refuse('bad/nested.md', article('嵌套一万层', `${'<div>'.repeat(10_000)}太深了${'</div>'.repeat(10_000)}`), 'nested too deeply');

  keep('good/bom.md', `\uFEFF${article('带字节序标记')}`);
  keep('good/crlf.md', article('Windows 换行').replace(/\n/g, '\r\n'));
  keep('good/five-megabytes.md', article('五兆字节的文章', `<p>${'很长的文章内容。'.repeat(220_000)}</p>`));
  // Titles and slugs that slug to nothing, or to a path that climbs: `slug` replaces the file name in the URL.
  for (const [name, title] of [['dots', '..'], ['slash', '/'], ['punctuation', '？！……——'], ['dot', '.'], ['spaces', '   x   ']] as const) {
    keep(`good/title-${name}.md`, article(title, '<p>正文。</p>', `slug: ${JSON.stringify(title)}\n`));
  }
  for (const name of ['名字 有 空格', '表情😀', '全角？＃：', 'hash#tag', 'percent%41', 'ｆｕｌｌ　ｗｉｄｔｈ']) keep(`good/${name}.md`, article(`文件名 ${name}`));
  // One title and one file name, in 1,000 folders: every permalink pattern (`:title`, `:name`) collides.
  const sameTitle = Array.from({ length: 1000 }, (_, i) => `same/${String(i).padStart(4, '0')}/同一个标题.md`);
  for (const [i, file] of sameTitle.entries()) keep(file, article('同一个标题', `<p>第 ${i} 篇。</p>`, `categories: [同名, 第${i % 10}组]\n`));
  return { bad, good, sameTitle };
}
