import { describe, expect, test } from 'vitest';
import rehypeFigureCaptions from './rehype-figure-captions.ts';
import { transformHtmlToString } from './test-helpers.ts';

const run = (html: string) => transformHtmlToString(html, rehypeFigureCaptions);

describe('rehypeFigureCaptions', () => {
  test('leaves an img-desc without a preceding image paragraph as a paragraph', () => {
    const html = '<p>正文</p><p class="img-desc">图片来源：网络</p>';
    expect(run(html)).toBe(html);
    expect(run('<p class="img-desc">开头</p>')).toBe('<p class="img-desc">开头</p>');
  });

  test('leaves an image paragraph with text beside the image alone', () => {
    const html = '<p><img src="/a.png">说明</p><p class="img-desc">图</p>';
    expect(run(html)).toBe(html);
  });

  test('leaves an image paragraph without a caption alone', () => {
    const html = '<p class="image-wrapper"><img src="/a.png"></p> <p>正文</p>';
    expect(run(html)).toBe(html);
  });

  test('turns an image paragraph and its caption into a figure', () => {
    expect(
      run('<p class="image-wrapper"><img src="/a.png"></p> \n<p label="图片描述" class="img-desc">Discord 频道｜<em>Unsplash</em></p>'),
    ).toBe('<figure><img src="/a.png"><figcaption>Discord 频道｜<em>Unsplash</em></figcaption></figure>');
  });

  test('handles consecutive captioned images', () => {
    expect(run('<div><p> <img src="/1.png"> </p><p class="img-desc">一</p><p><img src="/2.png"></p><p class="img-desc">二</p></div>')).toBe(
      '<div><figure><img src="/1.png"><figcaption>一</figcaption></figure><figure><img src="/2.png"><figcaption>二</figcaption></figure></div>',
    );
  });
});
