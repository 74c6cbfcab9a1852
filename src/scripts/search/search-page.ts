import { planSearchQuery } from '../../lib/search/plan-search-query.ts';
import { describeShards } from '../../lib/search/rank-search-candidates.ts';
import { DEFAULT_SEARCH_STRINGS, formatString, type SearchStrings } from '../../lib/search/search-strings.ts';
import {
  isEmptySearch,
  noFilters,
  parseSearchState,
  serializeSearchState,
  type SearchFacet,
  type SearchState,
} from '../../lib/search/search-url-state.ts';
import type { ShardManifest } from '../../lib/search/shard-index.ts';
import { createSearchEngine } from './search-engine.ts';
import { renderFacets, renderResult } from './search-render.ts';
import { createRouterClient } from './search-router-client.ts';
import { createSearchSession, type SearchSession, type ShownResult } from './search-session.ts';

/** Results per screen, and per "more results". */
const PAGE_SIZE = 10;
/**
 * Pause after a keystroke before searching, so that a word typed letter by letter is searched once. A word
 * committed by an input method, or pasted text, is searched at once: it is complete, and a search it replaces stops
 * (SearchSession.cancel). The engine loads when the box gets focus, so the first search finds it ready.
 */
const DEBOUNCE_MS = 120;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const strings: SearchStrings = { ...DEFAULT_SEARCH_STRINGS, ...JSON.parse(root.dataset.strings ?? '{}') };
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form[role=search]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const facets = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const rest = root.querySelector<HTMLButtonElement>('[data-search-all-years]')!;
  root.classList.add('is-interactive');

  let manifest: ShardManifest;
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    if (!response.ok) throw new Error(`${response.status}`);
    manifest = (await response.json()) as ShardManifest;
  } catch {
    status.textContent = root.dataset.dev === 'true' ? strings.devNoIndex : strings.error;
    return;
  }
  const engine = createSearchEngine(base);
  const router = createRouterClient(base, manifest.router);
  let state = parseSearchState(location.search);
  let session: SearchSession | undefined;
  /** The results listed, by id: "more results" appends the best of the others. */
  let listed = new Set<string>();
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.value = state.query;
  sort.value = state.sort;
  input.addEventListener(
    'focus',
    () => {
      engine.warmUp(manifest.shards.slice(0, 1).map((shard) => shard.id));
      // The segmenter loads its dictionary on first use (tens of ms): before the first query rather than after it.
      planSearchQuery('搜索');
    },
    { once: true },
  );
  const typed = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => update({ ...state, query: input.value.trim() }, 'replace'), delay);
  };
  // While an input method composes a Chinese word, the field holds pinyin letters: wait for the word.
  input.addEventListener('input', (event) => {
    const { isComposing, data, inputType } = event as InputEvent;
    if (isComposing) return;
    const whole = inputType === 'insertFromPaste' || inputType === 'insertFromDrop' || [...(data ?? '')].length > 1;
    typed(whole ? 0 : DEBOUNCE_MS);
  });
  input.addEventListener('compositionend', () => typed(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update({ ...state, query: input.value.trim() }, 'push');
  });
  sort.addEventListener('change', () => update({ ...state, sort: sort.value === 'newest' ? 'newest' : 'relevance' }, 'push'));
  facets.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const facet = box.name as SearchFacet;
    const values = new Set(state.filters[facet]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    update({ ...state, filters: { ...state.filters, [facet]: [...values] } }, 'push');
  });
  facets.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).matches('[data-clear-filters]')) return;
    update({ ...state, filters: noFilters() }, 'push');
  });
  more.addEventListener('click', () => void busy(run, () => showMore(run)));
  rest.addEventListener('click', () => void busy(run, () => searchRest(run)));
  addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    input.value = state.query;
    sort.value = state.sort;
    void search();
  });
  void search();

  function update(next: SearchState, history: 'push' | 'replace'): void {
    state = next;
    const query = serializeSearchState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void search();
  }

  async function search(): Promise<void> {
    const token = ++run;
    session?.cancel();
    more.hidden = true;
    rest.hidden = true;
    if (isEmptySearch(state)) {
      session = undefined;
      showResults([]);
      status.textContent = strings.empty;
      facets.replaceChildren(...renderFacets(state, {}, strings));
      return;
    }
    const plan = planSearchQuery(state.query);
    if (state.query !== '' && !plan) {
      session = undefined;
      showResults([]);
      status.textContent = formatString(strings.noResults, { query: state.query });
      return;
    }
    session = createSearchSession(engine, router, manifest.shards, state, plan);
    await busy(token, async () => {
      // A first screen as soon as there is one; then, if older shards may hold the query as a phrase (which ranks
      // above its words apart), the final screen. The status line says "searching" until then.
      const first = await session!.results(0, PAGE_SIZE, { quick: true });
      if (token !== run) return;
      showResults(first);
      const final = await session!.results(0, PAGE_SIZE);
      if (token !== run) return;
      if (final.map((result) => result.id).join() !== first.map((result) => result.id).join()) showResults(final);
      showStatus();
      // The filters' counts belong to the screen: the page is busy until they match its results.
      await showFacets(token);
    });
  }

  /** Run a step of the search with the page marked busy (the status line says so once, and only then). */
  async function busy(token: number, step: () => Promise<void>): Promise<void> {
    root.setAttribute('aria-busy', 'true');
    status.textContent = strings.loading;
    try {
      await step();
    } catch {
      if (token === run) status.textContent = strings.error;
    } finally {
      if (token === run) root.removeAttribute('aria-busy');
    }
  }

  function showResults(results: ShownResult[]): void {
    list.replaceChildren(...results.map(renderResult));
    listed = new Set(results.map((result) => result.id));
  }

  async function showMore(token: number): Promise<void> {
    if (!session) return;
    const searched = session.summary().searched.size;
    const shown = await session.next(listed, PAGE_SIZE);
    if (token !== run) return;
    list.append(...shown.map(renderResult));
    for (const result of shown) listed.add(result.id);
    showStatus();
    // Older shards searched for these results: the filters' counts cover them too.
    if (session.summary().searched.size > searched) await showFacets(token);
  }

  async function searchRest(token: number): Promise<void> {
    if (!session) return;
    const count = Math.max(PAGE_SIZE, listed.size);
    await session.searchEverything(count);
    const shown = await session.results(0, count);
    if (token !== run) return;
    showResults(shown);
    showStatus();
    await showFacets(token);
  }

  /** One line: how many results, which years were searched if not all, and the action for the rest. */
  function showStatus(): void {
    const summary = session!.summary();
    const searched = summary.remaining.size > 0 ? formatString(strings.searchedYears, { years: describeShards(manifest.shards, summary.searched) }) : '';
    if (summary.matches === 0) status.textContent = `${formatString(strings.noResults, { query: state.query || '…' })}${searched}`;
    else status.textContent = `${formatString(summary.exactCount ? strings.found : strings.foundAtLeast, { count: summary.count })}${searched}`;
    // More results: matches not listed yet, candidates not checked yet, or shards not searched yet (an older year).
    more.hidden = !(summary.matches > listed.size || (summary.unchecked > 0 && summary.count > listed.size) || summary.remaining.size > 0);
    rest.hidden = summary.remaining.size === 0;
    rest.textContent = formatString(strings.searchRest, { years: describeShards(manifest.shards, summary.remaining) });
  }

  async function showFacets(token: number): Promise<void> {
    if (!session) return;
    try {
      const counts = await session.facets();
      if (token === run) facets.replaceChildren(...renderFacets(state, counts, strings));
    } catch {
      // Facets are a convenience: the results stand without them.
    }
  }
}
