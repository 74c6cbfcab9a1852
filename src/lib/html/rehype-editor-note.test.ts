import { describe, expect, test } from 'vitest';
import rehypeEditorNote from './rehype-editor-note.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeEditorNote);

describe('rehypeEditorNote', () => {
  test('leaves other paragraphs alone', () => {
    expect(run('<p class="note">a</p><div class="editor-note">b</div>')).toBe('<p class="note">a</p><div class="editor-note">b</div>');
  });

  test('leaves a note that is already wrapped alone', () => {
    const html = '<aside class="editor-note"><p class="editor-note">本文来自</p></aside>';
    expect(run(html)).toBe(html);
  });

  test('wraps the source attribution in an aside', () => {
    expect(run('<p class="editor-note">本文来自<a href="https://mp.weixin.qq.com/s/x">“亿邦动力”</a>，36氪经授权发布。</p>')).toBe(
      '<aside class="editor-note"><p>本文来自<a href="https://mp.weixin.qq.com/s/x">“亿邦动力”</a>，36氪经授权发布。</p></aside>',
    );
  });
});
