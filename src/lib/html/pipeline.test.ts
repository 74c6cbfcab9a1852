import { describe, expect, test } from 'vitest';
import { renderArticleBody } from './pipeline.ts';
import { readArchiveBody, seedArticlePath } from './test-helpers.ts';

const render = (body: string) => renderArticleBody(body).html;

describe('renderArticleBody', () => {
  test('leaves Markdown syntax inside scraped HTML uninterpreted', () => {
    expect(render('<div>\n<p>| 平台 | 份额 |</p>\n<p>*不是强调* # 不是标题 [x](y)</p>\n</div>')).toBe(
      '<div>\n<p>| 平台 | 份额 |</p>\n<p>*不是强调* # 不是标题 [x](y)</p>\n</div>',
    );
  });

  test('never turns indented scraped HTML into a code block', () => {
    const html = render('<div>   \n\n\n                    <h3 class="mb-0">Skills</h3>\n\n                    <p class="listing-details comma">\n                                <a href="/work/direction">Direction</a>\n                    </p>\n</div>');
    expect(html).not.toContain('<pre');
    expect(html).not.toContain('<code');
    // The first heading of a body comes right under the title, so the h3 becomes an h2 (rehype-heading-levels).
    expect(html).toContain('<h2 id="user-content-skills">Skills</h2>');
  });

  test('renders a body that is only text as a Markdown paragraph', () => {
    expect(render('100亿，南宁最大母基金来了')).toBe('<p>100亿，南宁最大母基金来了</p>');
  });

  test('renders a Markdown table', () => {
    expect(render('| 平台 | 份额 |\n| --- | --- |\n| Android | 72% |')).toMatchInlineSnapshot(`
      "<div class="table-scroll" tabindex="0" role="region" aria-label="表格"><table>
      <thead>
      <tr>
      <th>平台</th>
      <th>份额</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td>Android</td>
      <td>72%</td>
      </tr>
      </tbody>
      </table></div>"
    `);
  });

  test('renders inline raw HTML in Markdown through the same plugins and the sanitizer', () => {
    expect(render('快手**断外链**了<a class="project-link" href="https://36kr.com/p/1">京东</a>联盟<img src="https://a/1.png" onerror="x()">')).toBe(
      '<p>快手<strong>断外链</strong>了京东联盟<img src="https://a/1.png" alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer"></p>',
    );
  });

  test('follows an explicit format instead of detecting one', () => {
    expect(render('<p>*a*</p>')).toBe('<p>*a*</p>');
    expect(renderArticleBody('<p>*a*</p>', { format: 'markdown' }).html).toBe('<p>*a*</p>');
    expect(renderArticleBody('*a*', { format: 'html' }).html).toBe('*a*');
    expect(renderArticleBody('*a*', { format: 'markdown' }).html).toBe('<p><em>a</em></p>');
  });

  test('gives headings final ids that in-page links reach', () => {
    const result = renderArticleBody('<div><p><a href="#c和c有哪些限制">目录</a></p><h1>C和C++有哪些限制？</h1><h2></h2></div>');
    expect(result.html).toBe('<div><p><a href="#user-content-c%E5%92%8Cc%E6%9C%89%E5%93%AA%E4%BA%9B%E9%99%90%E5%88%B6">目录</a></p><h2 id="user-content-c和c有哪些限制">C和C++有哪些限制？</h2></div>');
    expect(result.headings).toEqual([{ depth: 2, id: 'user-content-c和c有哪些限制', text: 'C和C++有哪些限制？' }]);
  });

  test('prefixes Markdown footnote ids once and keeps their links working', () => {
    const html = render('正文[^1]\n\n[^1]: 注释');
    expect(html).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fnref-1"');
    expect(html).not.toContain('user-content-user-content');
  });

  test('reports body problems at their line in the body, in document order', () => {
    const result = renderArticleBody('<div>\n<p>a</p>\n<iframe src="http://example.com/embed"></iframe>\n<img src="">\n</div>', { path: 'content/a.md' });
    expect(result.messages).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "line": 3,
          "reason": "Expected an iframe with an https \`src\`, found "http://example.com/embed". The iframe was removed; link to the page instead.",
          "ruleId": "iframe-src-not-https",
        },
        {
          "column": 1,
          "line": 4,
          "reason": "Expected an image with a usable \`src\` (or \`data-src\`), found none. The image was removed; fix its URL in the source.",
          "ruleId": "image-src-missing",
        },
      ]
    `);
  });

  test('loads the first image eagerly only when asked', () => {
    const body = '<p><img src="https://a/1.png"></p><p><img src="https://a/2.png"></p>';
    expect(render(body).match(/loading="\w+"/g)).toEqual(['loading="lazy"', 'loading="lazy"']);
    expect(renderArticleBody(body, { eagerFirstImage: true }).html.match(/loading="\w+"/g)).toEqual(['loading="eager"', 'loading="lazy"']);
  });

  test('renders and summarizes the 36kr seed', async () => {
    const result = renderArticleBody(readArchiveBody(seedArticlePath), { path: seedArticlePath });
    await expect(result.html).toMatchFileSnapshot('../../../tests/fixtures/html/seed-36kr.html');
    expect(result.html).not.toContain('project-link');
    expect(result.html).toContain('<aside class="editor-note"><p>本文来自微信公众号<a rel="nofollow noopener noreferrer" href="https://mp.weixin.qq.com/s/NS5s9kB1hBVxduiguQFLDg">');
    expect(result.text.split('\n').slice(0, 2)).toEqual(['“快手断外链了！”', '在一个商家群里，有服务快手品牌的代运营商如是说。']);
    expect(result.excerpt).toMatchInlineSnapshot(`"“快手断外链了！” 在一个商家群里，有服务快手品牌的代运营商如是说。 昨天起，商家们就已经小范围的讨论起了快手直播切断外链的消息，主要涉及淘宝联盟和京东联盟两家平台。…"`);
    expect(result.firstImage).toEqual({ src: 'https://img.36krcdn.com/20220223/v2_f63ddaa0a3774c2aa7fbca41b36e478c_img_000', alt: '', width: 1020, height: 638 });
    expect(result).toMatchObject({ readingMinutes: 3, characterCount: 1032, headings: [], messages: [] });
  });
});

describe('the first image and the cover', () => {
  const body = '<p>导语</p><p><img src="https://img.example/a.png" data-img-size-val="800,600"></p><p><img src="https://img.example/b.png"></p>';
  const firstImage = (coverImage?: string) => /<img[^>]*>/.exec(renderArticleBody(body, { format: 'html', eagerFirstImage: true, coverImage }).html)![0];

  test('loads the first image with high priority when the page shows no other picture above it', () => {
    expect(firstImage()).toContain('fetchpriority="high"');
  });

  test('loads it with high priority when the cover is that same picture, written another way', () => {
    expect(firstImage('http://img.example/a.png?x-oss-process=image/resize,w_400')).toContain('fetchpriority="high"');
  });

  test('loads it lazily when the page shows another picture above the body', () => {
    const image = firstImage('https://img.example/cover.png');
    expect(image).not.toContain('fetchpriority');
    expect(image).toContain('loading="lazy"');
  });
});
