import { reportPermalinkCollision } from '../article/permalink-problems.ts';
import { resolvePermalinks, type ResolvedPermalinks } from '../article/permalink.ts';
import type { Problem } from '../report/problem.ts';
import type { ArticleRecord } from './article-record.ts';

/** What an article brings to permalink resolution: the permalink it wants, and the date that decides who keeps it. */
export type ClaimingArticle = Pick<ArticleRecord, 'sourcePath' | 'wantedPermalink' | 'date'>;

/** Final permalinks of articles, keyed by source path: the one resolution the build log and the pages share. */
export function claimPermalinks(articles: ClaimingArticle[]): ResolvedPermalinks {
  return resolvePermalinks(articles.map((article) => ({ id: article.sourcePath, wanted: article.wantedPermalink, date: article.date })));
}

/**
 * One warning per article that lost its permalink to an older one, naming both files and where it ends up,
 * so that an editor sees the clash instead of discovering a missing page later.
 */
export function describeCollisions(articles: ClaimingArticle[], displayPathOf: (sourcePath: string) => string): Problem[] {
  const { permalinks, collisions } = claimPermalinks(articles);
  return collisions.flatMap((collision) => reportPermalinkCollision(collision, displayPathOf, permalinks));
}
