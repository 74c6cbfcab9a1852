import matter from 'gray-matter';
import { expect, test } from 'vitest';
import { fileNameFor, quoteTitle, renderFrontMatter, scrapeTitle, wrapHtmlBody } from './scraper-format.ts';

test('keeps full-width punctuation in titles and file names', () => {
  expect(scrapeTitle('快手切断淘宝京东外链，大搞品牌电商闭环？')).toBe('快手切断淘宝京东外链，大搞品牌电商闭环？');
  expect(fileNameFor('00后和资本的宠儿，Web3在讲什么故事？｜新行业研究')).toBe('00后和资本的宠儿，Web3在讲什么故事？｜新行业研究.md');
});

test('replaces the characters the scraper replaces, in the title itself', () => {
  expect(scrapeTitle('12月21-22日深圳开启: 能源·算力')).toBe('12月21-22日深圳开启_ 能源·算力');
  expect(scrapeTitle('00后“整顿”职场 | A/B? *[x]<y>')).toBe('00后_整顿_职场 _ A_B_ __x__y_');
  expect(scrapeTitle('"同城货运第一股"来了')).toBe('"同城货运第一股"来了');
});

test('drops dots and hashes from the file name only', () => {
  expect(fileNameFor('2.43 清阴高校#1')).toBe('243 清阴高校1.md');
});

test('quotes a title with an apostrophe in double quotes', () => {
  expect(quoteTitle('Tesla的新车')).toBe("'Tesla的新车'");
  expect(quoteTitle("Apple's 新品")).toBe('"Apple\'s 新品"');
});

test('writes front matter that gray-matter reads back, with a blank line first', () => {
  const text =
    renderFrontMatter({
      title: "Apple's 新品：“发布”",
      categories: ['新媒体', '36kr', '资讯'],
      image: '',
      tags: ['投资', 'PE'],
      author: '36kr',
      date: 'Wed, 23 Feb 2022 09:50:30 GMT',
    }) + wrapHtmlBody('<p>正文</p>');
  expect(text.startsWith('\n---\ntitle: "Apple\'s 新品：“发布”"\ncategories: \n - 新媒体\n')).toBe(true);
  expect(text.endsWith('<p>正文</p>  \n</div>\n            ')).toBe(true);
  const { data, content } = matter(text.trimStart(), {});
  expect(data).toEqual({
    title: "Apple's 新品：“发布”",
    categories: ['新媒体', '36kr', '资讯'],
    headimg: '',
    tags: ['投资', 'PE'],
    author: '36kr',
    comments: false,
    date: 'Wed, 23 Feb 2022 09:50:30 GMT',
    thumbnail: '',
  });
  expect(content.trim().startsWith('<div>')).toBe(true);
});
