/** Facets a reader can narrow a search by, in the order the page shows them. */
export const SEARCH_FACETS = ['source', 'category', 'tag', 'year'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** How results are ordered: Pagefind's relevance, or newest first. */
export type SearchSort = 'relevance' | 'newest';

/** Everything that defines a search, as kept in the page's URL so that it can be shared and restored. */
export interface SearchState {
  query: string;
  filters: Record<SearchFacet, string[]>;
  sort: SearchSort;
}

/** Read a search from a URL's query string: `?q=快手&category=新媒体&year=2022&sort=newest`. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    SEARCH_FACETS.map((facet) => [facet, [...new Set(params.getAll(facet).map((value) => value.trim()).filter(Boolean))]]),
  ) as Record<SearchFacet, string[]>;
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Write a search as a query string (without `?`), leaving out what is empty or default. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of SEARCH_FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** Whether a state asks for anything at all (a query or a filter). */
export function isEmptySearch(state: SearchState): boolean {
  return state.query === '' && SEARCH_FACETS.every((facet) => state.filters[facet].length === 0);
}

/** Filters with nothing selected. */
export function noFilters(): Record<SearchFacet, string[]> {
  return { source: [], category: [], tag: [], year: [] };
}
