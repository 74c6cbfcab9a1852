import { describe, expect, test } from 'vitest';
import { lintArticles, type LintedArticle } from './lint-articles.ts';

const now = new Date('2026-11-26T00:00:00Z');
const article = (displayPath: string, extra: Partial<LintedArticle> = {}): LintedArticle => ({
  displayPath,
  title: displayPath,
  date: new Date('2026-01-01T00:00:00Z'),
  categories: [['新媒体', '36kr']],
  html: '<p>正文</p><img src="https://example.com/a.jpg" width="600" height="400" alt="">',
  ...extra,
});
const rules = (problems: ReturnType<typeof lintArticles>) => problems.map((problem) => `${problem.file} ${problem.ruleId}`);

describe('lintArticles', () => {
  test('finds nothing in a well-formed article', () => {
    expect(lintArticles([article('a.md')], now)).toEqual([]);
  });

  test('warns about a future date, an unsized image and an empty body, naming the file and field', () => {
    const problems = lintArticles(
      [
        article('future.md', { date: new Date('2027-01-01T00:00:00Z') }),
        article('unsized.md', { html: '<p>x</p><img src="https://example.com/a.jpg" alt=""><img src="https://example.com/b.jpg" width="1" height="1" alt="">' }),
        article('empty.md', { html: '<p> </p>' }),
        article('only-image.md', { html: '<img src="https://example.com/a.jpg" width="1" height="1" alt="">' }),
      ],
      now,
    );
    expect(rules(problems)).toEqual(['future.md date-in-future', 'unsized.md image-without-size', 'empty.md body-empty']);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(problems[1]!.message).toMatch(/^1 image\(s\) have no width and height/);
  });

  test('warns once per extra copy of a title in one category, pointing at the oldest', () => {
    const problems = lintArticles(
      [
        article('b.md', { title: '同名', date: new Date('2026-02-01T00:00:00Z') }),
        article('a.md', { title: '同名', date: new Date('2026-01-01T00:00:00Z') }),
        article('c.md', { title: '同名', categories: [['别的分类']] }),
      ],
      now,
    );
    expect(rules(problems)).toEqual(['b.md duplicate-title']);
    expect(problems[0]!.message).toContain('also used by a.md');
  });
});
