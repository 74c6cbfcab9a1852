import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../lib/archive/article-record.ts';
import { readArticleIndex, writeArticleIndex } from './article-index.ts';

function recordOf(n: number): ArticleRecord {
  return {
    sourcePath: `新媒体/36kr/资讯/第${n}篇.md`,
    title: `第 ${n} 篇："引号"\n与换行 \u2028`,
    date: new Date(Date.UTC(2020, 0, 1) + n * 3_600_000),
    ...(n % 2 === 0 ? { updated: new Date(Date.UTC(2024, 5, 1) + n) } : {}),
    categories: [['新媒体', '36kr', '资讯']],
    tags: n % 3 === 0 ? [] : ['科技', `标签${n}`],
    comments: true,
    draft: n % 5 === 0,
    wantedPermalink: `2020/01/第${n}篇/`,
    excerpt: '摘要'.repeat(n % 50),
    readingMinutes: n % 7,
    characterCount: n * 13,
    headings: [{ depth: 2, id: `h-${n}`, text: '小标题' }],
    htmlKey: `html${n}`,
    warnings: [],
    extra: { nested: { list: [1, 'two', null] } },
  };
}

const folder = () => mkdtempSync(path.join(tmpdir(), 'clippings-index-'));

describe('article index', () => {
  test('gives back every record as written, dates as dates, with the fingerprint of its keys', () => {
    const file = path.join(folder(), 'index.jsonl');
    // Enough records that the file is written in several chunks.
    const records = Array.from({ length: 12000 }, (_, n) => [`key${n}`, recordOf(n)] as [string, ArticleRecord]);
    writeArticleIndex(file, 'fingerprint-1', records);
    const index = readArticleIndex(file);
    expect(index.keys).toBe('fingerprint-1');
    expect(index.records.size).toBe(records.length);
    for (const [key, record] of records) expect(index.records.get(key)).toEqual(record);
    expect(index.records.get('key2')!.updated).toBeInstanceOf(Date);
  });

  test('is empty without a file, and for a damaged one, so that records are read from their own files', () => {
    const dir = folder();
    expect(readArticleIndex(path.join(dir, 'none.jsonl'))).toEqual({ keys: '', records: new Map() });
    const file = path.join(dir, 'index.jsonl');
    writeArticleIndex(file, 'k', [['a', recordOf(1)]]);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -20));
    expect(readArticleIndex(file)).toEqual({ keys: '', records: new Map() });
  });

  test('replaces the file whole and leaves no temporary file behind', () => {
    const dir = folder();
    const file = path.join(dir, 'index.jsonl');
    writeArticleIndex(file, 'one', [['a', recordOf(1)], ['b', recordOf(2)]]);
    writeArticleIndex(file, 'two', [['c', recordOf(3)]]);
    const index = readArticleIndex(file);
    expect(index.keys).toBe('two');
    expect([...index.records.keys()]).toEqual(['c']);
    expect(readdirSync(dir)).toEqual(['index.jsonl']);
  });
});
