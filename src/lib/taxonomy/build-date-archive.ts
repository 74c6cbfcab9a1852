import { getDateParts, pad2 } from '../article/format-date.ts';
import { toHref } from '../article/permalink.ts';

/** The little an article must have to be filed by date. */
export interface Dated {
  date: Date;
}

/** The articles of one month. */
export interface MonthArchive<T extends Dated> {
  year: number;
  month: number;
  href: string;
  articles: T[];
}

/** The articles of one year, and its months newest first. */
export interface YearArchive<T extends Dated> {
  year: number;
  href: string;
  articles: T[];
  months: MonthArchive<T>[];
}

/**
 * Years and months newest first, in the site time zone (an article published at 00:30 in Shanghai on 1 March
 * belongs to March even though it is still February in UTC). Articles must be given newest first.
 */
export function buildDateArchive<T extends Dated>(articles: T[], timeZone: string, base: string): YearArchive<T>[] {
  const years: YearArchive<T>[] = [];
  for (const article of articles) {
    const { year, month } = getDateParts(article.date, timeZone);
    let yearArchive = years.at(-1);
    if (yearArchive?.year !== year) {
      yearArchive = { year, href: toHref(`archives/${year}/`, base), articles: [], months: [] };
      years.push(yearArchive);
    }
    let monthArchive = yearArchive.months.at(-1);
    if (monthArchive?.month !== month) {
      monthArchive = { year, month, href: toHref(`archives/${year}/${pad2(month)}/`, base), articles: [] };
      yearArchive.months.push(monthArchive);
    }
    yearArchive.articles.push(article);
    monthArchive.articles.push(article);
  }
  return years;
}
