import { describe, expect, test } from 'vitest';
import { sameImageUrl } from './same-image-url.ts';

const images = [
  'https://img.36krcdn.com/20220223/v2_f63ddaa0a3774c2aa7fbca41b36e478c_img_000',
  'https://mmbiz.qpic.cn/mmbiz_jpg/AbC/640',
  'https://example.com/images/photo.jpg?id=42',
  'https://wx.sinaimg.cn/large/abc.jpg',
];

/** Ways the same picture's address is written in front matter and in scraped bodies. */
const variants = (url: string) => {
  const bare = url.replace(/^https:/, '');
  const withQuery = (query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;
  return [
    url,
    `http:${bare}`,
    bare,
    `  ${url} `,
    url.replace('//', '//').replace(/^https:\/\/([^/]+)/, (_, host: string) => `https://${host.toUpperCase()}`),
    `${url}#top`,
    withQuery('x-oss-process=image/resize,w_800'),
    withQuery('wx_fmt=jpeg'),
    withQuery('imageMogr2/thumbnail/800x'),
  ];
};

describe('sameImageUrl', () => {
  test('takes every way of writing one picture\'s address for the same picture', () => {
    for (const image of images) {
      for (const a of variants(image)) for (const b of variants(image)) expect(sameImageUrl(a, b), `${a} ~ ${b}`).toBe(true);
    }
  });

  test('tells different pictures apart: another path, host or identifying parameter', () => {
    for (const [i, a] of images.entries()) {
      for (const [j, b] of images.entries()) if (i !== j) expect(sameImageUrl(a, b), `${a} ≠ ${b}`).toBe(false);
    }
    expect(sameImageUrl('https://example.com/images/photo.jpg?id=42', 'https://example.com/images/photo.jpg?id=43')).toBe(false);
    expect(sameImageUrl('https://a.example/x.png', 'https://b.example/x.png')).toBe(false);
    expect(sameImageUrl('https://a.example/x.png', 'https://a.example/X.png')).toBe(false);
  });

  test('compares relative addresses as written', () => {
    expect(sameImageUrl('images/a.png', 'images/a.png')).toBe(true);
    expect(sameImageUrl('images/a.png', '/images/a.png')).toBe(false);
  });
});
