import { describe, expect, test } from 'vitest';
import { renderArticleBody } from './pipeline.ts';
import rehypeMarkLongRuns from './rehype-mark-long-runs.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeMarkLongRuns);

describe('rehypeMarkLongRuns', () => {
  test('marks a paragraph holding a URL or a long word', () => {
    expect(run('<p>详见 https://example.com/a/very/long/path/to/a/page 。</p>')).toBe('<p class="long-runs">详见 https://example.com/a/very/long/path/to/a/page 。</p>');
    expect(run('<p>这是 <a href="x">internationalization-and-localization</a> 的缩写</p>')).toContain('class="long-runs"');
  });

  test('leaves Chinese text and ordinary English words alone', () => {
    expect(run('<p>微软收购了 Activision Blizzard，这笔交易在 2023 年完成。</p>')).toBe('<p>微软收购了 Activision Blizzard，这笔交易在 2023 年完成。</p>');
    expect(run(`<p>${'中文'.repeat(100)}</p>`)).not.toContain('long-runs');
  });

  test('finds every run from the given length, whatever it is made of', () => {
    let seed = 4;
    const next = (max: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % max;
    const latin = 'abcdefghijklmnopqrstuvwxyz0123456789/-_.:?=&%';
    for (let i = 0; i < 200; i++) {
      const length = 1 + next(40);
      const token = Array.from({ length }, () => latin[next(latin.length)]!).join('');
      const html = run(`<p>中文${token}中文 短词</p>`);
      expect(html.includes('long-runs'), token).toBe(length >= 20);
    }
  });

  test('keeps the mark through the sanitizer', () => {
    expect(renderArticleBody('<p>见 https://example.com/a/very/long/path/to/a/page</p>', { format: 'html' }).html).toContain('<p class="long-runs">');
  });
});
