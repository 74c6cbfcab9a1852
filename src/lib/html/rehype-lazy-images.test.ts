import { describe, expect, test } from 'vitest';
import rehypeLazyImages, { type LazyImagesOptions } from './rehype-lazy-images.ts';
import { transformHtml, transformHtmlToString } from './test-helpers.ts';

const run = (html: string, options: LazyImagesOptions = {}) => transformHtmlToString(html, [rehypeLazyImages, options]);

describe('rehypeLazyImages', () => {
  test('leaves elements other than images alone', () => {
    expect(run('<p data-src="https://a/b.png">x</p>')).toBe('<p data-src="https://a/b.png">x</p>');
  });

  test('keeps a width and height the source set', () => {
    expect(run('<img src="/a.png" width="100" height="50" data-img-size-val="1020,638" alt="a">')).toBe(
      '<img src="/a.png" width="100" height="50" data-img-size-val="1020,638" alt="a" loading="lazy" decoding="async">',
    );
  });

  test('completes one dimension the source set from the ratio of data-img-size-val', () => {
    expect(run('<img src="/a.png" width="600" data-img-size-val="1080,720" alt="">')).toBe(
      '<img src="/a.png" width="600" data-img-size-val="1080,720" alt="" height="400" loading="lazy" decoding="async">',
    );
    expect(run('<img src="/a.png" height="360" data-img-size-val="1080,720" alt="">')).toBe(
      '<img src="/a.png" height="360" data-img-size-val="1080,720" alt="" width="540" loading="lazy" decoding="async">',
    );
  });

  test('gives every image with a known ratio both dimensions, in that ratio, whatever one the source set', () => {
    // Generated cases: intrinsic sizes from icons to panoramas, and a width or height (with or without "px") set.
    let seed = 7;
    const next = (max: number) => 1 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % max);
    for (let i = 0; i < 200; i++) {
      const [w, h] = [next(4000), next(4000)];
      const set = next(1200);
      const attribute = i % 2 === 0 ? 'width' : 'height';
      const unit = i % 3 === 0 ? 'px' : '';
      const root = transformHtml(`<img src="/a.png" ${attribute}="${set}${unit}" data-img-size-val="${w},${h}">`, rehypeLazyImages).html;
      const width = Number(/ width="(\d+)"/.exec(root)?.[1]);
      const height = Number(/ height="(\d+)"/.exec(root)?.[1]);
      expect(attribute === 'width' ? width : height, root).toBe(set);
      // Rounded to whole pixels: the ratio is kept to within one pixel of the smaller side.
      expect(Math.abs(width * h - height * w) / Math.max(w, h), root).toBeLessThanOrEqual(1);
      expect(width >= 1 && height >= 1, root).toBe(true);
    }
  });

  test('drops a dimension that is not a number of pixels, and sizes from data-img-size-val instead', () => {
    expect(run('<img src="/a.png" width="100%" data-img-size-val="1020,638" alt="">')).toBe(
      '<img src="/a.png" data-img-size-val="1020,638" alt="" width="1020" height="638" loading="lazy" decoding="async">',
    );
    expect(run('<img src="/a.png" width="auto" height="auto" alt="">')).toBe('<img src="/a.png" alt="" loading="lazy" decoding="async">');
  });

  test('guesses no size for an image without any', () => {
    expect(run('<img src="/a.png" width="600" alt="">')).toBe('<img src="/a.png" width="600" alt="" loading="lazy" decoding="async">');
    expect(run('<img src="/a.png" alt="">')).toBe('<img src="/a.png" alt="" loading="lazy" decoding="async">');
  });

  test('ignores an empty or garbage data-img-size-val', () => {
    expect(run('<img data-img-size-val src="/a.png">')).toBe('<img data-img-size-val="" src="/a.png" alt="" loading="lazy" decoding="async">');
    expect(run('<img data-img-size-val="auto,auto" src="/a.png">')).toBe('<img data-img-size-val="auto,auto" src="/a.png" alt="" loading="lazy" decoding="async">');
    expect(run('<img data-img-size-val="0,638" src="/a.png">')).toBe('<img data-img-size-val="0,638" src="/a.png" alt="" loading="lazy" decoding="async">');
  });

  test('adds no referrerpolicy to a relative image', () => {
    expect(run('<img src="images/a.png" alt="图">')).toBe('<img src="images/a.png" alt="图" loading="lazy" decoding="async">');
  });

  test('sizes, lazy-loads and hides the referrer of a 36kr image', () => {
    expect(run('<img data-img-size-val="1020,638" src="https://img.36krcdn.com/a_img_000" referrerpolicy="no-referrer">')).toBe(
      '<img data-img-size-val="1020,638" src="https://img.36krcdn.com/a_img_000" referrerpolicy="no-referrer" alt="" width="1020" height="638" loading="lazy" decoding="async">',
    );
  });

  test('adds referrerpolicy to protocol-relative and http images', () => {
    expect(run('<img src="//p.qpic.cn/a.jpg" alt="">')).toContain('referrerpolicy="no-referrer"');
    expect(run('<img src="http://wx.sinaimg.cn/a.jpg" alt="">')).toContain('referrerpolicy="no-referrer"');
  });

  test('takes the URL from data-src when src is missing, empty or a data: placeholder', () => {
    expect(run('<img data-src="https://a/1.png">')).toBe('<img data-src="https://a/1.png" src="https://a/1.png" alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
    expect(run('<img src="" data-original="https://a/2.png">')).toContain(' src="https://a/2.png"');
    expect(run('<img src="data:image/gif;base64,R0lGOD" data-actualsrc="https://a/3.png">')).toContain(' src="https://a/3.png"');
  });

  test('prefers a real src over data-src', () => {
    expect(run('<img src="https://a/real.png" data-src="https://a/lazy.png">')).toContain(' src="https://a/real.png"');
  });

  test('removes an image without any usable source and tells the editor', () => {
    const result = transformHtml('<p>a<img src="data:image/gif;base64,R0lGOD" data-src="">b</p>', rehypeLazyImages);
    expect(result.html).toBe('<p>ab</p>');
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "image-src-missing: Expected an image with a usable \`src\` (or \`data-src\`), found none. The image was removed; fix its URL in the source. @ 1:5",
      ]
    `);
  });

  test('loads every image lazily by default', () => {
    expect(run('<img src="/1.png"><img src="/2.png">')).toBe(
      '<img src="/1.png" alt="" loading="lazy" decoding="async"><img src="/2.png" alt="" loading="lazy" decoding="async">',
    );
  });

  test('loads only the first image eagerly with high priority when asked', () => {
    expect(run('<p><img src="/1.png"></p><img src="/2.png">', { eagerFirstImage: true })).toBe(
      '<p><img src="/1.png" alt="" loading="eager" decoding="async" fetchpriority="high"></p><img src="/2.png" alt="" loading="lazy" decoding="async">',
    );
  });

  test('honours a custom size attribute', () => {
    expect(run('<img src="/a.png" data-size="3x4">', { sizeAttribute: 'data-size' })).toContain('width="3" height="4"');
  });

  test('reads custom attributes spelled in any case, as the parser does', () => {
    expect(run('<img data-lazy-src="/a.png" data-img-size="3,4">', { sourceAttributes: ['Data-Lazy-Src'], sizeAttribute: 'DATA-IMG-SIZE' })).toContain(
      'src="/a.png" alt="" width="3" height="4"',
    );
  });
});
