import type { Problem } from '../report/problem.ts';
import type { PermalinkCollision } from './resolve-permalinks.ts';

/** The error for an article whose permalink falls on one of the site's own pages. */
export function reportReservedPermalink(file: string, permalink: string, reserved: readonly string[]): Problem {
  const list = reserved.map((segment) => `\`${segment}\``).join(', ');
  return {
    file,
    field: 'permalink',
    message: `expected a path that does not start with one of the site's own folders (${list}), received ${JSON.stringify(permalink)}. Change the \`permalink\` or \`slug\`, or move the file.`,
    ruleId: 'permalink-reserved',
    severity: 'error',
  };
}

/**
 * One warning per article that lost a permalink to an older one, naming both files.
 * @param fileOf display path of an article id.
 * @param permalinks the final permalinks from `resolvePermalinks`.
 */
export function reportPermalinkCollision(
  collision: PermalinkCollision,
  fileOf: (id: string) => string,
  permalinks: ReadonlyMap<string, string>,
): Problem[] {
  const [winner, ...losers] = collision.ids;
  if (winner === undefined) return [];
  return losers.map((id) => ({
    file: fileOf(id),
    field: 'permalink',
    message: `${fileOf(winner)} wants the same permalink ${JSON.stringify(collision.permalink)} and keeps it (older, or same date and smaller id), so this article is published at ${JSON.stringify(permalinks.get(id) ?? '')}. Set a \`slug\` or \`permalink\` to choose a path.`,
    ruleId: 'permalink-collision',
    severity: 'warning',
  }));
}
