import type { Locator, Page } from 'playwright-core';
import { renderArticleBody } from '../../src/lib/html/pipeline.ts';
import { backgroundOf, describe, expect, isDarkColor, pathOf, PHONE, test } from './test-utils.ts';

const ARTICLE = '快手切断淘宝京东外链，大搞品牌电商闭环？';
/** Two fixture articles share this title and date; one of them gets a `-2` suffix, so either URL is this article's. */
const ARTICLE_PATH = /^\/2022\/02\/快手切断淘宝京东外链，大搞品牌电商闭环？(-\d+)?\/$/;

/** Click a link and wait until the page it points to has loaded. */
async function follow(link: Locator): Promise<void> {
  const page = link.page();
  const target = new URL((await link.getAttribute('href'))!, page.url()).href;
  await Promise.all([page.waitForURL((url) => url.href === target), link.click()]);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();
const nav = (page: Page, name: string) => page.getByRole('navigation', { name, exact: true });
const link = (scope: Page | Locator, name: string) => scope.getByRole('link', { name, exact: true });

describe('a reader browsing', () => {
  test('goes from the home page down the category tree to an article, its tag and its archive month', async ({ newPage }) => {
    const page = await newPage();
    await page.goto('/');
    expect(await heading(page)).toBe('最新文章');

    await follow(link(nav(page, '站点'), '分类'));
    expect(pathOf(page)).toBe('/categories/');
    expect(await heading(page)).toBe('分类');

    await follow(link(page.getByRole('main'), '新媒体'));
    expect(pathOf(page)).toBe('/categories/新媒体/');
    expect(await heading(page)).toBe('新媒体');

    await follow(link(nav(page, '子分类'), '36kr'));
    expect(pathOf(page)).toBe('/categories/新媒体/36kr/');
    await follow(link(nav(page, '子分类'), '快讯'));
    expect(pathOf(page)).toBe('/categories/新媒体/36kr/快讯/');
    expect(await heading(page)).toBe('快讯');

    await follow(link(page.getByRole('main'), ARTICLE));
    expect(pathOf(page)).toMatch(ARTICLE_PATH);
    expect(await heading(page)).toBe(ARTICLE);
    expect(await nav(page, '分类').getByRole('link').allInnerTexts()).toEqual(['新媒体', '36kr', '快讯']);

    await follow(link(page.getByRole('list', { name: '标签' }), '#快手'));
    expect(pathOf(page)).toBe('/tags/快手/');
    expect(await heading(page)).toBe('标签：快手');
    expect(await link(page.getByRole('main'), ARTICLE).count()).toBeGreaterThan(0);

    // The article was published on 23 February 2022: its month is under 2022 in the archive.
    await follow(link(nav(page, '站点'), '归档'));
    expect(pathOf(page)).toBe('/archives/');
    const year2022 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '2022 年' }) });
    await follow(link(year2022, '2 月'));
    expect(pathOf(page)).toBe('/archives/2022/02/');
    expect(await heading(page)).toBe('2022 年 2 月');
    expect(await link(page.getByRole('main'), ARTICLE).count()).toBeGreaterThan(0);
  });

  test('goes back up with the breadcrumbs', async ({ newPage }) => {
    const page = await newPage();
    await page.goto('/categories/新媒体/36kr/快讯/');
    const categoryTrail = nav(page, '分类');
    expect(await categoryTrail.getByRole('link').allInnerTexts()).toEqual(['全部分类', '新媒体', '36kr', '快讯']);
    expect(await link(categoryTrail, '快讯').getAttribute('aria-current')).toBe('page');

    await follow(link(categoryTrail, '36kr'));
    expect(pathOf(page)).toBe('/categories/新媒体/36kr/');
    expect(await heading(page)).toBe('36kr');
    await follow(link(nav(page, '分类'), '全部分类'));
    expect(pathOf(page)).toBe('/categories/');

    await page.goto('/archives/2022/02/');
    await follow(link(nav(page, '归档'), '2022 年'));
    expect(pathOf(page)).toBe('/archives/2022/');
    expect(await heading(page)).toBe('2022 年');
    await follow(link(nav(page, '归档'), '归档'));
    expect(pathOf(page)).toBe('/archives/');
    expect(await heading(page)).toBe('归档');
  });

  test('pages through a long list with next and previous, the current page marked', async ({ newPage }) => {
    const page = await newPage();
    await page.goto('/');
    const pages = nav(page, '分页');
    const firstTitles = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(await link(pages, '1').getAttribute('aria-current')).toBe('page');
    expect(await link(pages, '上一页').count()).toBe(0);

    await follow(link(pages, '下一页'));
    expect(pathOf(page)).toBe('/page/2/');
    expect(await heading(page)).toBe('最新文章 · 第 2 页');
    expect(await link(pages, '2').getAttribute('aria-current')).toBe('page');
    expect(await link(pages, '1').getAttribute('aria-current')).toBeNull();
    // Marked for sighted readers too, not only for screen readers.
    const background = (name: string) => link(pages, name).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background('2')).not.toBe(await background('1'));
    const secondTitles = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(secondTitles).toHaveLength(5);
    expect(secondTitles.filter((title) => firstTitles.includes(title))).toEqual([]);

    await follow(link(pages, '上一页'));
    expect(pathOf(page)).toBe('/');
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(firstTitles);

    const lastLink = pages.getByRole('link').filter({ hasText: /^\d+$/ }).last();
    const last = (await lastLink.innerText()).trim();
    expect(Number(last)).toBeGreaterThan(5);
    await follow(lastLink);
    expect(pathOf(page)).toBe(`/page/${last}/`);
    expect(await link(pages, '下一页').count()).toBe(0);
    expect(await link(pages, last).getAttribute('aria-current')).toBe('page');
    // Every later page is full: page 1 holds what does not fill one (paginate.ts).
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBe(5);
  });

  test('needs no JavaScript to go from the home page to an article', async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/');
    // Without JavaScript the theme select could do nothing, so it stays hidden.
    expect(await page.getByRole('combobox', { name: '配色' }).count()).toBe(0);
    await follow(link(nav(page, '站点'), '分类'));
    await follow(link(page.getByRole('main'), '新媒体'));
    expect(await heading(page)).toBe('新媒体');
    await follow(link(nav(page, '子分类'), '36kr'));
    await follow(link(nav(page, '子分类'), '快讯'));
    await follow(link(page.getByRole('main'), ARTICLE));
    expect(await heading(page)).toBe(ARTICLE);
    expect(await page.getByRole('article').getByRole('paragraph').count()).toBeGreaterThan(0);
  });
});

describe('lists on a phone', () => {
  test('give a card without a thumbnail the whole width', async ({ newPage }) => {
    const page = await newPage({ viewport: PHONE });
    await page.goto('/');
    const cards = await page.locator('.article-card').first().evaluate((first) => {
      // The same card as an article without a thumbnail renders (ArticleCard.astro leaves the box out).
      const bare = first.cloneNode(true) as HTMLElement;
      bare.querySelector('.thumb')?.remove();
      first.after(bare);
      const measure = (card: Element) => ({ card: card.getBoundingClientRect().width, text: card.firstElementChild!.getBoundingClientRect().width });
      return { withThumb: first.querySelector('.thumb') ? measure(first) : undefined, bare: measure(bare) };
    });
    expect(cards.bare.text).toBeGreaterThan(cards.bare.card - 1);
    if (cards.withThumb) expect(cards.withThumb.text).toBeLessThan(cards.withThumb.card * 0.8);
  });

  test('keep page numbers and the gap between them on one line, wrapping as a group', async ({ newPage }) => {
    const page = await newPage({ viewport: PHONE });
    // Far enough from the last page for a gap before it, with the fixture's 7 or more pages of 5.
    await page.goto('/page/2/');
    const items = await page.locator('.pagination li').evaluateAll((elements) =>
      elements.map((element) => {
        // Where the text itself is drawn: its glyphs' box, whatever box holds it.
        const range = document.createRange();
        range.selectNodeContents(element);
        const box = range.getBoundingClientRect();
        return { text: element.textContent!.trim(), top: box.top, middle: box.top + box.height / 2, height: box.height };
      }),
    );
    expect(items.some((item) => item.text === '…')).toBe(true);
    const rows = new Map<number, typeof items>();
    for (const item of items) {
      const row = [...rows.keys()].find((middle) => Math.abs(middle - item.middle) < item.height / 2) ?? item.middle;
      rows.set(row, [...(rows.get(row) ?? []), item]);
    }
    for (const row of rows.values()) {
      for (const item of row) {
        expect(Math.abs(item.middle - row[0]!.middle), item.text).toBeLessThan(1);
        expect(Math.abs(item.height - row[0]!.height), item.text).toBeLessThan(1);
      }
    }
  });
});

describe('paragraphs with long URLs and words', () => {
  // Chinese text around URLs and long words, as scraped articles have them, through the article pipeline.
  const chinese = renderArticleBody(
    [
      '<p>原文链接：https://www.example.com/articles/2022/02/24/kuaishou-cuts-external-links-to-taobao-and-jd 以上内容来自快手官方公告。</p>',
      '<p>快手电商表示，商家可以通过 <a href="https://example.com/x">https://merchant.kuaishou.com/help/center/article?id=1234567890</a> 查看细则，并在后台完成迁移。</p>',
      '<p>这个名为 Supercalifragilisticexpialidociousframeworkforeverybody 的项目在开源社区获得了关注，开发者说它的文档还不完善。</p>',
      '<p>项目地址 https://github.com/averyveryveryverylongorganizationname/averyverylongrepositoryname 欢迎访问。</p>',
    ].join(''),
    { format: 'html' },
  ).html;
  // English prose, as English feeds have it: lines break only at spaces, so long words leave justified lines stretched.
  const english = renderArticleBody(
    [
      '<p>Internationalization requirements notwithstanding, the telecommunications infrastructure modernization programme encountered extraordinarily counterintuitive organizational responsibilities.</p>',
      '<p>Representatives characterized the implementation as straightforward, although interoperability considerations, backward-compatibility guarantees and decentralization commitments complicated everything.</p>',
      '<p>Read the announcement at https://www.example.com/announcements/2021/03/a-hong-kong-protest-film-screening-schedule before Thursday.</p>',
    ].join(''),
    { format: 'html' },
  ).html;

  for (const [kind, articlePath, html] of [
    ['Chinese', '/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/', chinese],
    ['English', "/2021/03/'Do Not Split'_ A Hong Kong protest film _video_/", english],
  ] as const) {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      test(`leave no gap wider than a space or two in any line of a ${kind} article, ${viewport.width} pixels wide`, async ({ newPage }) => {
        const page = await newPage({ viewport });
        await page.goto(articlePath);
        // In characters (ems): a space is about a third; justified Chinese adds a little between characters.
        expect(await widestGapInEms(page, html)).toBeLessThan(0.8);
      });
    }
  }
});

/**
 * Put paragraphs at the top of the page's article body and measure the widest horizontal gap between two neighbouring
 * characters on one line (spaces counted as part of the gap), in ems of the body text.
 */
async function widestGapInEms(page: Page, html: string): Promise<number> {
  return page.evaluate((html) => {
    const prose = document.querySelector('.prose')!;
    prose.insertAdjacentHTML('afterbegin', `<div id="long-runs">${html}</div>`);
    const fontSize = parseFloat(getComputedStyle(prose).fontSize);
    let widestGap = 0;
    for (const paragraph of document.querySelectorAll('#long-runs p')) {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const boxes: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!;
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          if (box.width > 0) boxes.push(box);
        }
      }
      for (let i = 1; i < boxes.length; i++) {
        const [previous, box] = [boxes[i - 1]!, boxes[i]!];
        if (Math.abs(box.top - previous.top) < 2) widestGap = Math.max(widestGap, box.left - previous.right);
      }
    }
    return widestGap / fontSize;
  }, html);
}

describe('an article with a wide table', () => {
  // A wide scraped table, as the article pipeline outputs it, shown in a real article page.
  const table = renderArticleBody(
    `<table><tr>${Array.from({ length: 9 }, (_, i) => `<th>第${i + 1}季度营业收入</th>`).join('')}</tr>` +
      `<tr>${Array.from({ length: 9 }, (_, i) => `<td>${i % 2 ? 'internationalization' : '同比增长百分之三十二'}</td>`).join('')}</tr></table>`,
    { format: 'html' },
  ).html;

  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    test(`scrolls it sideways with its cells' words whole, ${viewport.width} pixels wide`, async ({ newPage }) => {
      const page = await newPage({ viewport });
      await page.goto('/2022/02/快手切断淘宝京东外链，大搞品牌电商闭环？/');
      const layout = await page.evaluate((html) => {
        document.querySelector('.prose')!.insertAdjacentHTML('afterbegin', html);
        const box = document.querySelector<HTMLElement>('.prose .table-scroll')!;
        const cells = [...box.querySelectorAll('td, th')].map((cell) => cell.getBoundingClientRect().width);
        const word = document.createElement('span');
        word.textContent = 'internationalization';
        box.querySelector('td:nth-child(2)')!.replaceChildren(word);
        return {
          scrolls: box.scrollWidth > box.clientWidth,
          focusable: box.tabIndex === 0 && box.getAttribute('role') === 'region' && box.getAttribute('aria-label') !== null,
          narrowest: Math.min(...cells),
          wordFits: word.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(word).lineHeight),
          pageScrolls: document.scrollingElement!.scrollWidth > innerWidth,
          fontSize: parseFloat(getComputedStyle(box).fontSize),
        };
      }, table);
      expect(layout.scrolls).toBe(true);
      expect(layout.focusable).toBe(true);
      expect(layout.narrowest).toBeGreaterThanOrEqual(4 * layout.fontSize);
      expect(layout.wordFits).toBe(true);
      expect(layout.pageScrolls).toBe(false);
    });
  }
});

describe('an article with an embedded video', () => {
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    test(`shows it the column's width in its 16:9 shape, ${viewport.width} pixels wide`, async ({ newPage }) => {
      const page = await newPage({ viewport });
      await page.goto('/2022/07/Halo Infinite_ Trailer/');
      const frame = await page.locator('.prose iframe').first().evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const column = element.closest('.prose')!.getBoundingClientRect();
        return { width: rect.width, height: rect.height, column: column.width };
      });
      expect(frame.width).toBeGreaterThan(frame.column - 1);
      expect(Math.abs(frame.height - (frame.width * 9) / 16)).toBeLessThan(2);
    });
  }
});

describe('the dark theme', () => {
  const select = (page: Page) => page.getByRole('combobox', { name: '配色' });
  const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

  test('is chosen in the header and kept across a reload and a navigation', async ({ newPage }) => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto('/');
    expect(await select(page).inputValue()).toBe('auto');
    expect(isDarkColor(await backgroundOf(page))).toBe(false);

    await select(page).selectOption('dark');
    expect(await theme(page)).toBe('dark');
    const dark = await backgroundOf(page);
    expect(isDarkColor(dark)).toBe(true);

    await page.reload();
    expect(await theme(page)).toBe('dark');
    expect(await select(page).inputValue()).toBe('dark');
    expect(await backgroundOf(page)).toBe(dark);

    await follow(link(nav(page, '站点'), '分类'));
    expect(await theme(page)).toBe('dark');
    expect(await backgroundOf(page)).toBe(dark);

    await select(page).selectOption('light');
    expect(await theme(page)).toBe('light');
    expect(isDarkColor(await backgroundOf(page))).toBe(false);
  });

  test('follows the system setting until the reader chooses, in the same colours as the choice', async ({ newPage }) => {
    const chosen = await newPage({ colorScheme: 'light' });
    await chosen.goto('/');
    await select(chosen).selectOption('dark');

    const page = await newPage({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await theme(page)).toBeUndefined();
    expect(await select(page).inputValue()).toBe('auto');
    expect(await backgroundOf(page)).toBe(await backgroundOf(chosen));

    await select(page).selectOption('light');
    expect(await theme(page)).toBe('light');
    expect(isDarkColor(await backgroundOf(page))).toBe(false);
    await page.reload();
    expect(await theme(page)).toBe('light');
    expect(isDarkColor(await backgroundOf(page))).toBe(false);
  });

  test('goes back to following the system after a choice, and follows it when it changes', async ({ newPage }) => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto('/');
    await select(page).selectOption('dark');
    expect(isDarkColor(await backgroundOf(page))).toBe(true);

    await select(page).selectOption('auto');
    expect(await theme(page)).toBeUndefined();
    expect(isDarkColor(await backgroundOf(page))).toBe(false);
    await page.reload();
    expect(await theme(page)).toBeUndefined();
    expect(await select(page).inputValue()).toBe('auto');

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(isDarkColor(await backgroundOf(page))).toBe(true);
  });
});
