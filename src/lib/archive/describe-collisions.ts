import { reportPermalinkCollision } from '../article/permalink-problems.ts';
import { resolvePermalinks } from '../article/permalink.ts';
import type { Problem } from '../report/problem.ts';
import type { ArticleRecord } from './article-record.ts';

/** What an article claims: a permalink, and the date that decides who keeps it. */
export type PermalinkClaim = Pick<ArticleRecord, 'sourcePath' | 'wantedPermalink' | 'date'>;

/**
 * One warning per article that lost its permalink to an older one, naming both files and where it ends up,
 * so that an editor sees the clash instead of discovering a missing page later.
 */
export function describeCollisions(claims: PermalinkClaim[], displayPathOf: (sourcePath: string) => string): Problem[] {
  const { permalinks, collisions } = resolvePermalinks(
    claims.map((claim) => ({ id: claim.sourcePath, wanted: claim.wantedPermalink, date: claim.date })),
  );
  return collisions.flatMap((collision) => reportPermalinkCollision(collision, displayPathOf, permalinks));
}
