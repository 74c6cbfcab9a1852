import { resolvePermalinks } from '../article/permalink.ts';
import type { ArticleRecord } from './article-record.ts';

/** What an article claims: a permalink, and the date that decides who keeps it. */
export type PermalinkClaim = Pick<ArticleRecord, 'sourcePath' | 'wantedPermalink' | 'date'>;

/**
 * One warning per permalink that several articles want, naming every file and where each one ends up,
 * so that an editor sees the clash instead of discovering a missing page later.
 */
export function describeCollisions(records: PermalinkClaim[], displayPathOf: (sourcePath: string) => string): string[] {
  const { permalinks, collisions } = resolvePermalinks(
    records.map((record) => ({ id: record.sourcePath, wanted: record.wantedPermalink, date: record.date })),
  );
  return collisions.map(
    (collision) =>
      `${collision.ids.length} articles want the permalink /${collision.permalink}: ` +
      collision.ids.map((id) => `${displayPathOf(id)} → /${permalinks.get(id)}`).join(', ') +
      '. The oldest keeps it; set `slug` or `permalink` in the others to choose their URLs.',
  );
}
