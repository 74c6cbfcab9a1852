import { describe, expect, test } from 'vitest';
import rehypeProjectLinks from './rehype-project-links.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeProjectLinks);

describe('rehypeProjectLinks', () => {
  test('leaves ordinary links alone', () => {
    const html = '<p>见<a href="https://mp.weixin.qq.com/s/x" class="other">“亿邦动力”</a>。</p>';
    expect(run(html)).toBe(html);
  });

  test('leaves a link without any class alone', () => {
    expect(run('<a href="/a">a</a>')).toBe('<a href="/a">a</a>');
  });

  test('unwraps a project link into its text', () => {
    expect(
      run('<p>“<a class="project-link" data-id="30859" data-name="快手" href="https://36kr.com/projectDetails/30859" target="_blank">快手</a>断外链了！”</p>'),
    ).toBe('<p>“快手断外链了！”</p>');
  });

  test('keeps a word split by the annotation in one piece', () => {
    expect(run('<p>知识图技<a class="project-link" href="https://36kr.com/p/1">术</a>公司</p>')).toBe('<p>知识图技术公司</p>');
  });

  test('keeps formatting inside the annotation', () => {
    expect(run('<p><a class="project-link" href="#"><strong>京东</strong></a>联盟</p>')).toBe('<p><strong>京东</strong>联盟</p>');
  });

  test('unwraps nested and adjacent annotations', () => {
    expect(
      run('<p><a class="project-link x" href="/1">腾<a class="project-link" href="/2">讯</a></a><a class="project-link" href="/3">网易</a></p>'),
    ).toBe('<p>腾讯网易</p>');
  });

  test('honours a custom class name', () => {
    expect(transformHtmlToString('<a class="company" href="/c">A</a>', [rehypeProjectLinks, { className: 'company' }])).toBe('A');
  });
});
