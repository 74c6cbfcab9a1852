import { fileSystemKey } from './sanitize-path-segment.ts';

/** An article that wants a permalink. */
export interface PermalinkClaim {
  /** Unique, stable id, e.g. the source path. */
  id: string;
  /** The permalink from {@link expandPermalink}, e.g. `2022/02/快手/`. */
  wanted: string;
  date: Date;
}

/** Articles that wanted the same permalink; the first id kept it. */
export interface PermalinkCollision {
  /** The permalink as the article that kept it spelled it. */
  permalink: string;
  /** Oldest first (then by id); the first keeps the permalink, the others got `-2`, `-3`… */
  ids: string[];
}

/** Final permalinks by id, and the collisions that were resolved on the way. */
export interface ResolvedPermalinks {
  permalinks: Map<string, string>;
  collisions: PermalinkCollision[];
}

/** Permalinks compare as file systems on macOS and Windows do: case-insensitively, after NFC. */
function toKey(permalink: string): string {
  return fileSystemKey(permalink).replace(/\/+$/, '');
}

function compareClaims(a: PermalinkClaim, b: PermalinkClaim): number {
  return a.date.getTime() - b.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function withSuffix(permalink: string, suffix: number): string {
  return `${permalink.replace(/\/+$/, '')}-${suffix}/`;
}

/**
 * Give every article its own permalink. When several want the same one, the oldest (then the
 * smallest id) keeps it and the others get `-2`, `-3`… on the last segment, skipping values other
 * articles already want. The result does not depend on input order. O(n log n) for the sort; the
 * next free suffix is remembered per permalink, so many equal titles stay cheap.
 */
export function resolvePermalinks(claims: readonly PermalinkClaim[]): ResolvedPermalinks {
  const sorted = [...claims].sort(compareClaims);
  const taken = new Set<string>();
  const groups = new Map<string, PermalinkClaim[]>();
  for (const claim of sorted) {
    const key = toKey(claim.wanted);
    taken.add(key);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [claim]);
    else group.push(claim);
  }
  const permalinks = new Map<string, string>();
  const collisions: PermalinkCollision[] = [];
  const nextSuffix = new Map<string, number>();
  for (const [key, [winner, ...losers]] of groups) {
    if (winner === undefined) continue;
    permalinks.set(winner.id, winner.wanted);
    if (losers.length === 0) continue;
    for (const loser of losers) {
      let suffix = nextSuffix.get(key) ?? 2;
      while (taken.has(toKey(withSuffix(loser.wanted, suffix)))) suffix += 1;
      const permalink = withSuffix(loser.wanted, suffix);
      taken.add(toKey(permalink));
      nextSuffix.set(key, suffix + 1);
      permalinks.set(loser.id, permalink);
    }
    collisions.push({ permalink: winner.wanted, ids: [winner, ...losers].map((claim) => claim.id) });
  }
  return { permalinks, collisions };
}
