import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SEARCH_TEXT_VERSION, tokenizeSearchText } from '../lib/search/tokenize-search-text.ts';
import { openArticleCache, readArticleTokens } from './article-cache.ts';

const folder = () => mkdtempSync(path.join(tmpdir(), 'clippings-article-cache-'));

const TEXTS = ['快手切断淘宝京东外链，大搞品牌电商闭环？\n第二段 with English 3.5 words', '', '一行'];

describe('readArticleTokens', () => {
  test('gives the index words of the cached text, the same on a second reading', () => {
    const dir = folder();
    const cache = openArticleCache(dir);
    TEXTS.forEach((text, index) => cache.writeText(`key${index}`, text));
    for (const round of [1, 2]) {
      TEXTS.forEach((text, index) => expect(readArticleTokens(dir, `key${index}`), `round ${round}: ${text}`).toEqual(tokenizeSearchText(text)));
    }
  });

  test('cuts a text once: a rebuild reads the words it kept', () => {
    const dir = folder();
    const cache = openArticleCache(dir);
    cache.writeText('key', '第一个版本');
    const first = readArticleTokens(dir, 'key');
    // Never happens in a build (a key is a digest of the text); here it shows that the text was not cut again.
    cache.writeText('key', '完全不同的文字');
    expect(readArticleTokens(dir, 'key')).toEqual(first);
  });

  test('tells how to rebuild when the text is missing', () => {
    expect(() => readArticleTokens(folder(), 'gone')).toThrow(/gone\.txt is missing.*astro build --force/);
  });
});

describe('ArticleCache.prune', () => {
  test("removes what articles no longer use, index words of another tokenizer version and interrupted writes' leftovers", () => {
    const dir = folder();
    const cache = openArticleCache(dir);
    for (const key of ['kept', 'gone']) {
      cache.write(key, '<p>x</p>');
      cache.writeText(key, '正文');
      readArticleTokens(dir, key);
    }
    writeFileSync(path.join(dir, 'kept.tokens-0'), 'old');
    writeFileSync(path.join(dir, 'kept.tokens-writing-123-0'), 'half');
    writeFileSync(path.join(dir, 'notes.md'), 'not the cache’s');
    expect(cache.prune(new Set(['kept']))).toBe(5);
    expect(readdirSync(dir).sort()).toEqual(['kept.html', `kept.tokens-${SEARCH_TEXT_VERSION}`, 'kept.txt', 'notes.md'].sort());
  });
});
