import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Problem } from '../report/problem.ts';

/** What the likely-mistake checks need to know of one valid article. */
export interface LintedArticle {
  displayPath: string;
  title: string;
  date: Date;
  categories: string[][];
  /** The sanitized body, when the check ran the HTML pipeline. */
  html?: string;
}

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/**
 * Likely mistakes that are not errors, as warnings for `npm run check`: an article dated in the future (it stays
 * unpublished until a build runs after that date), the same title twice in one category (usually an article
 * imported twice), images without a size (the page jumps while they load) and a body with nothing left after
 * sanitizing (usually a scraper that kept only a script or an iframe).
 */
export function lintArticles(articles: LintedArticle[], now: Date): Problem[] {
  const problems: Problem[] = [];
  const warn = (file: string, ruleId: string, message: string, field?: string) =>
    problems.push({ file, ...(field ? { field } : {}), message, ruleId, severity: 'warning' });

  for (const article of articles) {
    if (article.date > now) {
      warn(article.displayPath, 'date-in-future', `The date ${article.date.toISOString()} is in the future: the article is published by the first build after it. Fix the date if that is not intended.`, 'date');
    }
    if (article.html === undefined) continue;
    const body: Root = fragmentParser.parse(article.html);
    const unsized = selectAll('img', body).filter((image) => image.properties.width === undefined || image.properties.height === undefined);
    if (unsized.length > 0) {
      warn(article.displayPath, 'image-without-size', `${unsized.length} image(s) have no width and height, so the page moves while they load. Add \`width\`/\`height\` (or a \`data-img-size-val\`) if the source knows them.`, 'body');
    }
    const hasText = toString(body).trim() !== '';
    if (!hasText && selectAll('img, video, iframe', body).length === 0) {
      warn(article.displayPath, 'body-empty', 'The body is empty once sanitized: nothing in it can be shown. Check the source (a scraper may have kept only a script).', 'body');
    }
  }

  const byCategoryAndTitle = new Map<string, LintedArticle[]>();
  for (const article of articles) {
    for (const category of article.categories.length > 0 ? article.categories : [[]]) {
      const key = `${category.join('\u0000')}\u0001${article.title}`;
      byCategoryAndTitle.set(key, [...(byCategoryAndTitle.get(key) ?? []), article]);
    }
  }
  for (const group of byCategoryAndTitle.values()) {
    if (group.length < 2) continue;
    const [first, ...others] = [...group].sort((a, b) => a.date.getTime() - b.date.getTime() || a.displayPath.localeCompare(b.displayPath));
    for (const other of others) {
      warn(other.displayPath, 'duplicate-title', `The title "${other.title}" is also used by ${first!.displayPath} in the same category: is this article imported twice?`, 'title');
    }
  }
  return problems;
}
