import type { ShardManifest } from '../../lib/search/shard-index.ts';
import type { SearchFacet, SearchState } from '../../lib/search/search-url-state.ts';
import { toPagefindQuery } from '../../lib/search/search-query.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** Counts per filter value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one result once its data is loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** The parts of Pagefind's JS API the search page uses (pagefind.js of one bundle). */
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
  /** Download the index chunks a query for `term` will need, without searching. */
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
}

export type ShardInfo = ShardManifest['shards'][number];


/**
 * Searches the archive's shards — one Pagefind bundle each, newest first — as a reader needs them: the newest
 * shard first, older ones only while the results so far do not fill the screen or when the reader asks for
 * more (the search page drives this with `searchOlder`, showing what each shard found at once). A phrase found
 * only in an old article is still reached without a click, and a first screen of results needs only the newest
 * bundle's files.
 */
export function createShardSearcher(base: string, shards: ShardInfo[]) {
  const loaded = new Map<string, Promise<PagefindApi>>();

  function load(shard: ShardInfo): Promise<PagefindApi> {
    let api = loaded.get(shard.id);
    if (!api) {
      const url = `${base}pagefind/${shard.id}/pagefind.js`;
      api = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (module) => {
        await module.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 40 });
        await module.init();
        // Pagefind counts filter values in a search's results only once the filter index is loaded.
        await module.filters();
        return module;
      });
      loaded.set(shard.id, api);
    }
    return api;
  }

  /** Start downloading the newest shard's engine while the reader is still typing. */
  function warmUp(): void {
    if (shards[0]) void load(shards[0]);
  }

  /** The shards a state's year filter allows, newest first. */
  function shardsFor(state: SearchState): ShardInfo[] {
    const years = state.filters.year;
    return shards.filter((shard) => years.length === 0 || years.includes(String(shard.year)));
  }

  /**
   * While the reader types, fetch what searching `query` in the first shard will read (Pagefind's own
   * `debouncedSearch` does the same), so that the search after the pause finds it loaded.
   */
  function preload(state: SearchState): void {
    const first = shardsFor(state)[0];
    if (first && state.query !== '') void load(first).then((api) => api.preload(toPagefindQuery(state.query))).catch(() => undefined);
  }

  /** A search over the shards the state's year filter allows, advanced shard by shard on demand. */
  function start(state: SearchState) {
    const queue = shardsFor(state);
    const filters = Object.fromEntries(
      (Object.entries(state.filters) as [SearchFacet, string[]][]).filter(([facet, values]) => facet !== 'year' && values.length > 0),
    );
    const byDate = state.sort === 'newest';
    const options = { filters, ...(byDate ? { sort: { date: 'desc' } } : {}) };
    const results: PagefindResult[] = [];
    const counts: FilterCounts = {};
    const searched: ShardInfo[] = [];
    let taken = 0;

    async function searchNext(): Promise<void> {
      const shard = queue[searched.length]!;
      const api = await load(shard);
      const search = await api.search(state.query === '' ? null : toPagefindQuery(state.query), options);
      searched.push(shard);
      if (!search) return;
      // Results not shown yet are ranked again with the new shard's: by score for relevance (each shard scores
      // with its own statistics, close enough to compare), or kept in shard order for newest-first, since shards
      // follow time. Results already shown never move.
      const pending = [...results.splice(taken), ...search.results];
      if (!byDate) pending.sort((a, b) => b.score - a.score);
      results.push(...pending);
      addCounts(counts, search.filters);
    }

    return {
      /** Search the next older shard; false when every shard the search covers has been searched. */
      async searchOlder(): Promise<boolean> {
        if (searched.length >= queue.length) return false;
        await searchNext();
        return true;
      },
      /**
       * Up to `count` results found so far and not yet taken, best first (or newest first). They may still be
       * ranked again when an older shard is searched, until they are taken.
       */
      peekFound: (count: number): PagefindResult[] => results.slice(taken, taken + count),
      /** Mark the next `count` results as shown: they keep their place from now on. */
      takeFound(count: number): void {
        taken = Math.min(results.length, taken + count);
      },
      /** Search every remaining shard: the complete archive. */
      async all(): Promise<void> {
        while (searched.length < queue.length) await searchNext();
      },
      /** How many results the shards searched so far hold. */
      total: () => results.length,
      taken: () => taken,
      counts: () => counts,
      searched: () => searched,
      remaining: () => queue.length - searched.length,
    };
  }

  return { warmUp, preload, start };
}

/** One running search, as returned by `createShardSearcher(...).start(state)`. */
export type ShardSearch = ReturnType<ReturnType<typeof createShardSearcher>['start']>;

function addCounts(total: FilterCounts, add: FilterCounts): void {
  for (const [filter, values] of Object.entries(add)) {
    const target = (total[filter] ??= {});
    for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
  }
}
