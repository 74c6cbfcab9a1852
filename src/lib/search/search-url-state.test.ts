import { describe, expect, test } from 'vitest';
import { isEmptySearch, parseSearchState, serializeSearchState } from './search-url-state.ts';

describe('search URL state', () => {
  test('reads an empty query string as an empty search sorted by relevance', () => {
    const state = parseSearchState('');
    expect(state).toEqual({ query: '', filters: { source: [], category: [], tag: [], year: [] }, sort: 'relevance' });
    expect(isEmptySearch(state)).toBe(true);
  });

  test('ignores unknown sorts and blank or repeated filter values', () => {
    const state = parseSearchState('?q=%20快手%20&sort=random&tag=&tag=电商&tag=电商');
    expect(state.query).toBe('快手');
    expect(state.sort).toBe('relevance');
    expect(state.filters.tag).toEqual(['电商']);
  });

  test('round-trips a query with filters and sort through the URL', () => {
    const state = parseSearchState('?q=快手&category=新媒体+›+36kr&year=2022&year=2021&sort=newest');
    expect(state.filters.category).toEqual(['新媒体 › 36kr']);
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    expect(isEmptySearch(state)).toBe(false);
  });

  test('counts a filter alone as a search', () => {
    expect(isEmptySearch(parseSearchState('?year=2022'))).toBe(false);
  });
});
