import { describe, expect, test } from 'vitest';
import { parseHtmlFragment } from './detect-body-format.ts';
import { summarizeArticle } from './summarize-article.ts';

const summarize = (html: string) => summarizeArticle(parseHtmlFragment(html));

describe('summarizeArticle', () => {
  test('summarizes an empty body as nothing', () => {
    expect(summarize('')).toEqual({ text: '', excerpt: '', readingMinutes: 0, characterCount: 0, headings: [] });
  });

  test('gives the first image wherever it is, with its size', () => {
    const summary = summarize('<p>导语</p><p><img src="https://a/1.png" alt="图一" width="10" height="5"></p><img src="https://a/2.png">');
    expect(summary.firstImage).toEqual({ src: 'https://a/1.png', alt: '图一', width: 10, height: 5 });
  });

  test('lists h2 to h4 headings that have ids, with their text', () => {
    const summary = summarize('<h2 id="user-content-一">一、<em>起家</em></h2><h5 id="x">五</h5><h3>无 id</h3><h4 id="user-content-b">\n B </h4>');
    expect(summary.headings).toEqual([
      { depth: 2, id: 'user-content-一', text: '一、起家' },
      { depth: 4, id: 'user-content-b', text: 'B' },
    ]);
  });

  test('separates paragraphs in the text and measures it', () => {
    const summary = summarize('<p>第一段。</p><p>Second paragraph.</p>');
    expect(summary).toMatchObject({ text: '第一段。\nSecond paragraph.', excerpt: '第一段。 Second paragraph.', characterCount: 5, readingMinutes: 1 });
  });
});
