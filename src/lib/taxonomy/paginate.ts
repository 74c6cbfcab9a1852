/** One page of a paginated list, with everything its navigation needs. */
export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  /** Number of pages (at least 1, even for an empty list). */
  last: number;
  /** Link of each page number, page 1 at the list's own URL. */
  hrefOf: (page: number) => string;
  prevHref?: string;
  nextHref?: string;
  /** Nearby page numbers to link, with `null` where a run of pages is elided. */
  nearby: (number | null)[];
}

/** Options for {@link paginate}. */
export interface PaginateOptions {
  /** Items per page. */
  pageSize: number;
  /** URL of the list (page 1), ending with `/`. Later pages live at `<baseHref>page/<n>/`. */
  baseHref: string;
  /** How many page numbers to show on each side of the current one. Default: 2. */
  window?: number;
  /** Which page holds the items that do not fill a page of their own (see {@link Remainder}). Default: `'last'`. */
  remainder?: Remainder;
}

/**
 * Which page of a list holds the items left over after full pages. `'last'`: a short last page, as Hugo and Hexo
 * paginate. `'first'`: page 1 holds them (`pageSize` to `2 × pageSize − 1` items) and every later page is full, so
 * an item added at the top of a newest-first list leaves pages 2… as they were: a rebuild re-renders the first page
 * of each list the new article joins, not all of them. Only every `pageSize`-th addition, when page 1 splits, moves
 * every item one page on (what `'last'` does on every addition).
 */
export type Remainder = 'last' | 'first';

/** How many pages a list of `count` items fills: at least 1, even for an empty list. */
export function countPages(count: number, pageSize: number, remainder: Remainder = 'last'): number {
  return Math.max(1, remainder === 'first' ? Math.floor(count / pageSize) : Math.ceil(count / pageSize));
}

/** Where page `page` of the list at `listPath` (ending with `/`) lives: `listPath` itself, then `listPath/page/n/`. */
export function pagePath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}page/${page}/`;
}

/** Split a list into pages: page 1 at `baseHref`, page n at `baseHref/page/n/`. */
export function paginate<T>(items: T[], options: PaginateOptions): ListPage<T>[] {
  const { pageSize } = options;
  const last = countPages(items.length, pageSize, options.remainder);
  // Items on page 1: with the remainder there, what the later full pages leave.
  const firstSize = options.remainder === 'first' ? items.length - (last - 1) * pageSize : pageSize;
  const hrefOf = (page: number) => pagePath(options.baseHref, page);
  return Array.from({ length: last }, (_, index) => {
    const current = index + 1;
    const start = index === 0 ? 0 : firstSize + (index - 1) * pageSize;
    return {
      items: items.slice(start, index === 0 ? firstSize : start + pageSize),
      current,
      last,
      hrefOf,
      prevHref: current > 1 ? hrefOf(current - 1) : undefined,
      nextHref: current < last ? hrefOf(current + 1) : undefined,
      nearby: nearbyPages(current, last, options.window ?? 2),
    };
  });
}

/** Page numbers around `current`, always with the first and last, `null` marking a gap. */
export function nearbyPages(current: number, last: number, window: number): (number | null)[] {
  // Only the pages shown are visited: a list of 5,000 pages has 5,000 of these to build.
  const shown = [1, ...range(Math.max(2, current - window), Math.min(last - 1, current + window)), ...(last > 1 ? [last] : [])];
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! > 1 ? [null, page] : [page]));
}

/** The integers from `from` to `to`, both included (none when `to < from`). */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}
