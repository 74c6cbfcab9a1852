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
import { renderFacets, renderResult } from './search-render.ts';
import { createShardSearcher, type ResultData, type ShardInfo, type ShardSearch } from './shard-searcher.ts';

/** A result's data, loaded once however often the result is shown again while a screen is being filled. */
const loadedData = new WeakMap<object, Promise<ResultData>>();
function dataOf(result: { data: () => Promise<ResultData> }): Promise<ResultData> {
  let data = loadedData.get(result);
  if (!data) loadedData.set(result, (data = result.data()));
  return data;
}

/** Results per screen, and per "more results". */
const PAGE_SIZE = 10;
/**
 * Pause after the last keystroke before searching. The index chunks for the words typed so far are preloaded
 * during the pause, so it is short: the scale issue asks for results within 300 ms of the last keystroke.
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
  const allYears = root.querySelector<HTMLButtonElement>('[data-search-all-years]')!;
  root.classList.add('is-interactive');

  let shards: ShardInfo[];
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    if (!response.ok) throw new Error(`${response.status}`);
    shards = ((await response.json()) as ShardManifest).shards;
  } catch {
    status.textContent = root.dataset.dev === 'true' ? strings.devNoIndex : strings.error;
    return;
  }
  const searcher = createShardSearcher(base, shards);
  let state = parseSearchState(location.search);
  let current: ShardSearch | undefined;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.value = state.query;
  sort.value = state.sort;
  input.addEventListener('focus', searcher.warmUp, { once: true });
  const typed = () => {
    clearTimeout(timer);
    searcher.preload({ ...state, query: input.value.trim() });
    timer = setTimeout(() => update({ ...state, query: input.value.trim() }, 'replace'), DEBOUNCE_MS);
  };
  // While an input method composes a Chinese word, the field holds pinyin letters: wait for the word.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) typed();
  });
  input.addEventListener('compositionend', typed);
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
  more.addEventListener('click', () => void showMore(run));
  allYears.addEventListener('click', () => void searchAllYears(run));
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
    list.replaceChildren();
    more.hidden = true;
    allYears.hidden = true;
    if (isEmptySearch(state)) {
      current = undefined;
      status.textContent = strings.empty;
      facets.replaceChildren(...renderFacets(state, {}, [], shards, strings));
      return;
    }
    status.textContent = strings.loading;
    root.setAttribute('aria-busy', 'true');
    try {
      current = searcher.start(state);
      await showMore(token);
    } catch {
      if (token === run) status.textContent = strings.error;
    } finally {
      if (token === run) root.removeAttribute('aria-busy');
    }
  }

  /**
   * Show the next screenful of results. While the shards searched so far have too few, search older ones, one at
   * a time, showing what is found at once: a result in the newest shard appears as soon as that shard is
   * searched, and a phrase found only in an old article is still reached without a click. Until the screen is
   * filled (or every shard searched), its results are ranked again with each shard's, so the best match ends on
   * top; after that they keep their place.
   */
  async function showMore(token: number): Promise<void> {
    if (!current) return;
    const session = current;
    const shownBefore = list.children.length;
    for (;;) {
      if ((session.searched().length === 0 || session.peekFound(PAGE_SIZE).length < PAGE_SIZE) && session.remaining() > 0) {
        await session.searchOlder();
        if (token !== run) return;
      }
      const batch = session.peekFound(PAGE_SIZE);
      const data = await Promise.all(batch.map(dataOf));
      if (token !== run) return;
      while (list.children.length > shownBefore) list.lastElementChild!.remove();
      list.append(...data.map((result) => renderResult(result)));
      const searching = batch.length < PAGE_SIZE && session.remaining() > 0;
      if (!searching) session.takeFound(batch.length);
      render(session, searching);
      if (!searching) return;
    }
  }

  async function searchAllYears(token: number): Promise<void> {
    if (!current) return;
    status.textContent = strings.loading;
    await current.all();
    if (token !== run) return;
    await showMore(token);
  }

  /** Status, buttons and facets for what the session has found; `searching` while older shards are still being searched. */
  function render(session: ShardSearch, searching: boolean): void {
    const total = session.total();
    const years = describeYears(session.searched());
    if (searching && total === 0) status.textContent = formatString(strings.searchingOlder, { years });
    else if (total === 0 && session.remaining() === 0) status.textContent = formatString(strings.noResults, { query: state.query || '…' });
    else {
      status.textContent =
        formatString(strings.found, { count: total, years }) +
        (searching ? `。${formatString(strings.searchingOlder, { years })}` : session.remaining() > 0 ? `。${formatString(strings.partial, { years })}` : '');
    }
    more.hidden = searching || (session.taken() >= total && session.remaining() === 0);
    allYears.hidden = searching || session.remaining() === 0;
    facets.replaceChildren(...renderFacets(state, session.counts(), session.searched(), shards, strings));
  }
}

/** "2022–2020 年" for a run of years, "2022、2020 年" otherwise. */
function describeYears(shards: ShardInfo[]): string {
  const years = [...new Set(shards.map((shard) => shard.year))];
  if (years.length === 0) return '';
  const contiguous = years.every((year, i) => i === 0 || years[i - 1]! - year === 1);
  if (years.length === 1) return ` ${years[0]} 年`;
  return contiguous ? ` ${years[0]}–${years.at(-1)} 年` : ` ${years.join('、')} 年`;
}
