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
}

/** How many pages a list of `count` items fills: at least 1, even for an empty list. */
export function countPages(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/** Where page `page` of the list at `listPath` (ending with `/`) lives: `listPath` itself, then `listPath/page/n/`. */
export function pagePath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}page/${page}/`;
}

/** Split a list into pages: page 1 at `baseHref`, page n at `baseHref/page/n/`. */
export function paginate<T>(items: T[], options: PaginateOptions): ListPage<T>[] {
  const last = countPages(items.length, options.pageSize);
  const hrefOf = (page: number) => pagePath(options.baseHref, page);
  return Array.from({ length: last }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * options.pageSize, current * options.pageSize),
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
  const pages: (number | null)[] = [];
  for (let page = 1; page <= last; page++) {
    const isEdge = page === 1 || page === last;
    const isNear = Math.abs(page - current) <= window;
    if (isEdge || isNear) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
