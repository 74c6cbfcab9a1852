/** What {@link labelCategories} needs of a category: its names from the root down. */
interface Named {
  names: string[];
}

/** Separator between category levels in a label: `36kr › 资讯`. */
export const LABEL_SEPARATOR = ' › ';

/**
 * A label per category that tells it apart from every other: its own name where no other category has that name,
 * else as many of its parents' names as it takes (`36kr › 资讯` and `199IT › 资讯`; the whole path at worst). Real
 * feeds file articles under leaves such as 资讯 or 首页更新 in many sources, and pages titled alike read as one.
 */
export function labelCategories<T extends Named>(nodes: readonly T[]): Map<T, string> {
  const labels = new Map<T, string>();
  // Group by path suffix, deepening only the groups that still share one: linear in the total depth in practice.
  let groups: T[][] = [[...nodes]];
  for (let depth = 1; groups.length > 0; depth++) {
    const next: T[][] = [];
    for (const group of groups) {
      const bySuffix = new Map<string, T[]>();
      for (const node of group) {
        const key = node.names.slice(-depth).join('\0');
        const members = bySuffix.get(key);
        if (members) members.push(node);
        else bySuffix.set(key, [node]);
      }
      for (const members of bySuffix.values()) {
        // One category with this suffix, or the whole path reached (two categories cannot share a whole path).
        const settled = members.length === 1 ? members : members.filter((node) => node.names.length <= depth);
        for (const node of settled) labels.set(node, node.names.slice(-depth).join(LABEL_SEPARATOR));
        const open = members.filter((node) => !labels.has(node));
        if (open.length > 0) next.push(open);
      }
    }
    groups = next;
  }
  return labels;
}
