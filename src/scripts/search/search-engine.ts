import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** Counts per filter value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one result once its fragment is loaded. */
export interface PagefindFragment {
  url: string;
  /** The indexed text: the article's search tokens separated by spaces. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** One result of a Pagefind search. */
export interface PagefindResult {
  /** The page's fragment hash: unique across shards. */
  id: string;
  score: number;
  /** Word positions of the matches in the page's content. */
  words: number[];
  /** The result's fragment; `null` when Pagefind could not load it. */
  data: () => Promise<PagefindFragment | null>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** The parts of Pagefind's JS API (pagefind.js, `createInstance`) the search page uses. */
interface PagefindInstance {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  destroy: () => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
  preload: (query: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

/** How long Pagefind 1.6 waits for its web worker to start before it falls back to the page's thread. */
const PAGEFIND_WORKER_PATIENCE_MS = 4900;

/** Merged shards beyond what a new search needs before the engine starts afresh (each costs a chunk per word). */
const STALE_SHARDS_TOLERATED = 2;

/**
 * Pagefind's engine, loaded once, with the shards a search needs merged into it (`mergeIndex`): every shard is
 * searched by the same worker and WebAssembly, downloaded once, where loading each shard's own `pagefind.js` would
 * download the engine (~145 KB) again per shard. Pagefind searches every merged shard on each search, so when many
 * merged shards are of no use to a new search, the engine starts afresh (its files come from the browser's cache).
 */
export function createSearchEngine(base: string) {
  const root = `${base}pagefind/`;
  let module: Promise<PagefindModule> | undefined;
  let current: { instance: Promise<PagefindInstance>; merged: Map<string, Promise<void>>; filtersLoaded?: Promise<unknown> } | undefined;

  function start() {
    module ??= import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<PagefindModule>;
    const instance = module.then(async (pagefind) => {
      // In Pagefind's web worker (its default): the site's policy allows no WebAssembly on the page's own thread
      // (no 'wasm-unsafe-eval'), and a same-origin worker is not bound by the page's meta policy. Pagefind falls
      // back to the page's thread when its worker has not started within 5 s (a slow machine, a cold cache), where
      // it cannot run here: an instance that took that long is replaced once, its files now in the browser's cache.
      for (let attempt = 1; ; attempt++) {
        const began = performance.now();
        const created = pagefind.createInstance({ basePath: root });
        await created.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 });
        await created.init();
        if (attempt >= 2 || performance.now() - began < PAGEFIND_WORKER_PATIENCE_MS) return created;
        await created.destroy().catch(() => undefined);
      }
    });
    const previous = current;
    current = { instance, merged: new Map() };
    // The old engine's worker is shared with the new one; destroying it after the new one starts keeps the worker.
    if (previous) void instance.then(() => previous.instance).then((old) => old.destroy()).catch(() => undefined);
    return current;
  }

  /** Merge shards into the engine, so that searches include them. */
  async function add(shardIds: readonly string[]): Promise<void> {
    const state = current ?? start();
    const instance = await state.instance;
    await Promise.all(
      shardIds.map((id) => {
        let merged = state.merged.get(id);
        if (!merged) {
          merged = instance.mergeIndex(`${root}${id}/`, { mergeFilter: { shard: id } });
          state.merged.set(id, merged);
          // A merged shard's filter counts need its filter index: load it like the others if they are loaded.
          if (state.filtersLoaded) state.filtersLoaded = merged.then(() => instance.filters());
        }
        return merged;
      }),
    );
  }

  return {
    /**
     * Start loading the engine while the reader is still typing, with `shardIds` merged: the newest shard, where
     * nearly every search starts.
     */
    warmUp(shardIds: readonly string[] = []): void {
      if (current) return;
      start();
      void add(shardIds).catch(() => undefined);
    },
    /** A new search that may need `shardIds`: starts afresh when too many merged shards are not among them. */
    begin(shardIds: readonly string[]): void {
      // Nothing to search (the router ruled every shard out): the engine is not even downloaded.
      if (shardIds.length === 0) return;
      if (!current || [...current.merged.keys()].filter((id) => !shardIds.includes(id)).length > STALE_SHARDS_TOLERATED) start();
    },
    /** Merge shards into the engine, so that searches include them. */
    add,
    /** Search the merged shards; a `null` query lists what the filters select. */
    async search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch> {
      const instance = await (current ?? start()).instance;
      return (await instance.search(query, options)) ?? { results: [], filters: {} };
    },
    /** Load every merged shard's filter index, so that searches report counts per filter value. */
    async loadFilters(): Promise<void> {
      const state = current ?? start();
      const instance = await state.instance;
      state.filtersLoaded ??= instance.filters();
      await state.filtersLoaded;
    },
    /** Download what searching `query` in the merged shards needs, without searching. */
    preload(query: string): void {
      if (current) void current.instance.then((instance) => instance.preload(query)).catch(() => undefined);
    },
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
