import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { BODY_VECTORS, PERMALINK_VECTORS, TEXT_VECTORS, URL_VECTORS, type Vector } from './hostile-vectors.ts';

/** What the hostile archive holds, to check a build of it against. */
export interface HostileArchive {
  /** Articles written. */
  files: number;
  /** Articles whose front matter is invalid on purpose (a `javascript:` image URL…): a lenient build skips them. */
  invalid: string[];
}

const BODY = (id: string, payload: string) => `<div>\n<p>攻击样本 ${id} 之前的正文。</p>\n${payload}\n<p>攻击样本 ${id} 之后的正文。</p>\n</div>\n`;

/**
 * Write an archive of articles carrying every vector of hostile-vectors.ts, in bodies and in every front-matter
 * string that reaches a page, a feed, the sitemap, JSON-LD, the search index or a URL. Front matter is written
 * with gray-matter's YAML serializer, so each payload arrives byte for byte.
 */
export function writeHostileArchive(dir: string): HostileArchive {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let day = 0;
  const invalid: string[] = [];
  const write = (name: string, body: string, data: Record<string, unknown>) => {
    // One article a day, in one year, so that every article has its own date and the archive one search shard.
    const date = new Date(Date.UTC(2023, 0, 1 + day++, 4)).toUTCString();
    writeFileSync(path.join(dir, `${name}.md`), matter.stringify(body, { date, ...data }));
    files++;
  };
  const safe = (vector: Vector, where: string) => ({
    title: `${where}攻击 ${vector.id}`,
    categories: ['安全测试', where],
    tags: ['攻击样本', vector.kind],
  });

  for (const vector of BODY_VECTORS) write(`body-${vector.id}`, BODY(vector.id, vector.payload), safe(vector, '正文'));
  // The same vectors inside a Markdown body, where raw HTML goes through the Markdown parser first.
  write(
    'body-markdown',
    BODY_VECTORS.map((vector) => `## ${vector.id}\n\n段落 ${vector.id}：${vector.payload}\n\n[链接](javascript:alert('xss:md-link')) ![图](javascript:alert('xss:md-image'))\n`).join('\n'),
    { title: 'Markdown 正文攻击', categories: ['安全测试', 'Markdown'], tags: ['攻击样本'] },
  );
  for (const vector of TEXT_VECTORS) {
    write(`text-${vector.id}`, BODY(vector.id, `<p>${vector.id}</p>`), {
      title: vector.payload,
      categories: [[vector.payload, `${vector.payload} 子类`], ['安全测试', '前言']],
      tags: [vector.payload, `${vector.id}`],
      author: vector.payload,
      description: vector.payload,
      source: vector.payload,
    });
  }
  for (const vector of URL_VECTORS) {
    const name = `url-${vector.id}`;
    write(name, BODY(vector.id, '<p>图片地址攻击。</p>'), { ...safe(vector, '图片'), headimg: vector.payload, thumbnail: vector.payload, cover: vector.payload });
    if (!/^\s*https?:/i.test(vector.payload)) invalid.push(`${name}.md`);
  }
  for (const vector of PERMALINK_VECTORS) {
    write(`permalink-${vector.id}`, BODY(vector.id, '<p>永久链接攻击。</p>'), { ...safe(vector, '链接'), permalink: vector.payload });
    write(`slug-${vector.id}`, BODY(vector.id, '<p>slug 攻击。</p>'), { ...safe(vector, '链接'), title: `slug 攻击 ${vector.id}`, slug: vector.payload });
  }
  return { files, invalid };
}
