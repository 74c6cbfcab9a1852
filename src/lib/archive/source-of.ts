import type { ArticleRecord } from './article-record.ts';

/** The source of an article as readers know it: its author field, else the second level of its first category. */
export function sourceOf(article: Pick<ArticleRecord, 'author' | 'categories'>): string | undefined {
  return article.author ?? article.categories[0]?.[1] ?? article.categories[0]?.[0];
}
