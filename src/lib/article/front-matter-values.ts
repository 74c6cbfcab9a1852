/** Report a bad value at `path` (relative to the field). */
export type ReportBadValue = (path: (string | number)[], input: unknown) => void;

/** Null, undefined, blank text and empty lists count as absent: `thumbnail: ''` or a bare `tags:`. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** Map empty values to undefined and leave everything else alone. */
export function dropEmpty(value: unknown): unknown {
  return isEmptyValue(value) ? undefined : value;
}

/**
 * Text as written: trimmed strings, numbers as their digits, and YAML dates (`title: 2021-05-01`,
 * which js-yaml makes a Date at UTC midnight) back to the date text. Anything else is returned as is.
 */
export function coerceText(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('T', ' ').replace(/\.000Z$/, '');
  }
  return value;
}

/** A name (category or tag): text, or '' for an empty item, or undefined when the item is not text. */
function readName(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  const text = coerceText(value);
  return typeof text === 'string' ? text : undefined;
}

function readNames(items: unknown[], pathOf: (index: number) => (string | number)[], report: ReportBadValue) {
  const names: string[] = [];
  items.forEach((item, index) => {
    const name = readName(item);
    if (name === undefined) report(pathOf(index), item);
    else if (name !== '') names.push(name);
  });
  return names;
}

/**
 * Categories as Hexo reads them (`hexo/lib/models/post.ts`, `setCategories`): a name, or a list that
 * is one hierarchy (`[新媒体, 36kr, 资讯]`), or — as soon as one item is a list — a list in which every
 * item is its own hierarchy (`[[A, B], C]` is A > B and C). Empty names and repeated hierarchies go.
 */
export function readCategories(value: unknown, report: ReportBadValue): string[][] {
  const items = Array.isArray(value) ? value : [value];
  const pathOf = (index: number) => (Array.isArray(value) ? [index] : []);
  const hierarchies = items.some(Array.isArray)
    ? items.map((item, i) =>
        Array.isArray(item) ? readNames(item, (j) => [i, j], report) : readNames([item], () => [i], report),
      )
    : [readNames(items, pathOf, report)];
  const seen = new Set<string>();
  return hierarchies.filter((hierarchy) => {
    const key = hierarchy.join('\u0000');
    if (hierarchy.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Tags: a name or a flat list of names, trimmed, without empties and repeats. */
export function readTags(value: unknown, report: ReportBadValue): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names = readNames(items, (index) => (Array.isArray(value) ? [index] : []), report);
  return [...new Set(names)];
}

/** A copy that survives JSON: Dates become ISO strings, non-finite numbers and undefined become null. */
export function toJsonSafe(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJsonSafe(item)]));
  }
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') return String(value);
  return value ?? null;
}
