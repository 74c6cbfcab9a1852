import { buildSearchExcerpt } from '../../lib/search/build-search-excerpt.ts';
import { matchSearchText, type MatchSpan, type TextMatch } from '../../lib/search/match-search-text.ts';
import { MAX_TERMS, type SearchPlan } from '../../lib/search/plan-search-query.ts';
import { rankCheckedResults, tierOf, yearsOf, type CheckedResult, type SearchHits, type Tier } from '../../lib/search/rank-search-candidates.ts';
import { decodeSearchCard, type SearchCard } from '../../lib/search/search-card.ts';
import type { SearchState } from '../../lib/search/search-url-state.ts';
import { ENGINE_URL_PATH, type ShardManifest } from '../../lib/search/shard-index.ts';
import { BREAK_TOKEN, tokenizeSearchText, type TextPart } from '../../lib/search/tokenize-search-text.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import type { FilterCounts, PagefindFragment, PagefindResult, SearchEngine } from './search-engine.ts';
import type { RouterClient } from './search-router-client.ts';

export type ShardInfo = ShardManifest['shards'][number];

/** A result ready to show. */
export interface ShownResult extends CheckedResult {
  id: string;
  url: string;
  card: SearchCard;
  /** The title with the matches marked. */
  title: TextPart[];
  excerpt: TextPart[];
}

interface Candidate {
  id: string;
  hits: SearchHits;
  score: number;
  /** Position in newest-first order, for sorting by date. */
  order: number;
  tier: Tier;
  data: () => Promise<PagefindFragment | null>;
  checked?: Promise<void>;
  shown?: ShownResult;
}

const ALL_TIERS: Tier[] = [0, 1, 2, 3, 4];
/** Fragments checked at once. */
const CHECK_BATCH = 12;
/** Most fragments checked to fill one screen beyond its own results: bounds what a query without matches costs. */
const CHECK_BUDGET = 40;
/**
 * Checked before saying that nothing matches while candidates remain: a query typed from the middle of a word
 * (`子一国家` from `垫子一国家`) has only weak candidates, and "nothing found" is the worst answer to get wrong.
 */
const CHECK_BUDGET_BEFORE_NOTHING = 120;

/**
 * One search over the archive's shards, for one state of the search page. The router rules out the shards that
 * cannot hold the query; the others are merged into the engine newest first, a growing number at a time, and
 * searched with Pagefind three ways (exact, every word, every word but each unit's first, see plan-search-query.ts).
 * Results are checked against the query on their text (their fragment), and only articles that hold what was typed
 * are shown, phrases first. A screen is final only when no unsearched shard could add a phrase match that would
 * rank above it: the newest shard cannot hide an older article that holds the whole phrase.
 */
export function createSearchSession(engine: SearchEngine, router: RouterClient, shards: ShardInfo[], state: SearchState, plan: SearchPlan | undefined) {
  const byDate = state.sort === 'newest';
  const years = new Set(state.filters.year.map(Number));
  const allowed = shards.filter((shard) => years.size === 0 || yearsOf([shard.years]).some((year) => years.has(year)));
  const filters: Record<string, unknown> = Object.fromEntries(
    (Object.entries(state.filters) as [string, string[]][]).filter(([facet, values]) => facet !== 'year' && values.length > 0),
  );
  if (years.size > 0) filters.year = { any: [...years].map(String) };
  const allOffsets = plan?.all.offsets ?? [];
  const restOffsets = plan?.rest?.offsets ?? [];
  // Every unit a single word, or the query one Chinese word: whatever Pagefind finds for it holds it (a word, or the
  // start of one).
  const certain =
    plan !== undefined && (!plan.exact || (!plan.quoted && plan.units.length <= MAX_TERMS && plan.units.every((unit) => unit.tokens.length === 1)));

  const candidates = new Map<string, Candidate>();
  let queue: ShardInfo[] = [];
  let phraseQueue = new Set<string>();
  const searched: ShardInfo[] = [];
  /** Shards the router ruled out: known to hold no match, so searched as far as the reader is concerned. */
  let ruledOut: ShardInfo[] = [];
  let round = 0;
  /** Set when the reader has moved on to another search: this one stops at its next step. */
  let cancelled = false;
  /** Results Pagefind found in the shards searched that surely match (see `summary`). */
  let sureCount = 0;
  let ready: Promise<void> | undefined;

  async function route(): Promise<void> {
    if (!plan) {
      queue = [...allowed];
      phraseQueue = new Set(queue.map((shard) => shard.id));
      return;
    }
    // While the router answers, the shards already merged (the newest, since the box got focus) fetch the words'
    // index chunks: nearly every search starts there.
    engine.preload(plan.all.text);
    const [holding, phrase] = await Promise.all([router.shardsHoldingAll(plan.keys), router.shardsHoldingAll([...plan.keys, ...plan.phraseKeys])]);
    const indexOf = new Map(shards.map((shard, index) => [shard.id, index]));
    queue = allowed.filter((shard) => holding[indexOf.get(shard.id)!]);
    ruledOut = allowed.filter((shard) => !holding[indexOf.get(shard.id)!]);
    phraseQueue = new Set(allowed.filter((shard) => phrase[indexOf.get(shard.id)!]).map((shard) => shard.id));
    engine.begin(queue.map((shard) => shard.id));
  }

  /** Merge and search the next shards: phrase candidates first, newest first, 1, 2, 4… at a time. */
  async function searchNextShards(onlyPhrase: boolean): Promise<boolean> {
    const next = queue.filter((shard) => !onlyPhrase || phraseQueue.has(shard.id)).slice(0, 2 ** Math.min(round, 4));
    if (next.length === 0 || cancelled) return false;
    round++;
    queue = queue.filter((shard) => !next.includes(shard));
    await engine.add(next.map((shard) => shard.id));
    await searchShards(next);
    searched.push(...next);
    return true;
  }

  async function searchShards(next: ShardInfo[]): Promise<void> {
    const ids = next.map((shard) => shard.id);
    if (!plan) {
      // Filters alone: every article of the shards, newest first.
      for (const id of ids) {
        const found = await engine.search(null, { filters: { ...filters, shard: [id] }, sort: { date: 'desc' } });
        addHits(found.results, (hits) => ({ ...hits, exact: true }));
        sureCount += found.results.length;
      }
      return;
    }
    const perShard = byDate ? ids.map((id) => [id]) : [ids];
    for (const group of perShard) {
      const options = { filters: { ...filters, shard: { any: group } }, ...(byDate ? { sort: { date: 'desc' } } : {}) };
      const [exact, all, rest] = await Promise.all([
        plan.exact ? engine.search(plan.exact.text, options) : Promise.resolve(undefined),
        engine.search(plan.all.text, options),
        plan.rest ? engine.search(plan.rest.text, options) : Promise.resolve(undefined),
      ]);
      if (exact) addHits(exact.results, (hits) => ({ ...hits, exact: true }));
      addHits(all.results, (hits, result) => ({ ...hits, all: result.words }));
      if (rest) addHits(rest.results, (hits, result) => ({ ...hits, rest: result.words }));
      sureCount += certain ? all.results.length : (exact?.results.length ?? 0);
    }
  }

  function addHits(results: PagefindResult[], update: (hits: SearchHits, result: PagefindResult) => SearchHits): void {
    for (const result of results) {
      const existing = candidates.get(result.id);
      const hits = update(existing?.hits ?? { exact: false }, result);
      // `data` is called through the result, which the candidate thereby keeps: Pagefind's web worker drops a
      // result's fragment once the result object is garbage-collected (a FinalizationRegistry), and its `data()`
      // then answers null. Candidates checked a while after their search (on "more results") were lost that way.
      const candidate = existing ?? { id: result.id, hits, score: result.score, order: candidates.size, tier: 4 as Tier, data: () => result.data() };
      candidate.hits = hits;
      if (hits.all) candidate.score = result.score;
      candidate.tier = tierOf(hits, allOffsets, restOffsets);
      candidates.set(result.id, candidate);
    }
  }

  /** Candidates not yet checked, best first, of the given tiers. */
  function unchecked(tiers: Tier[]): Candidate[] {
    return [...candidates.values()]
      .filter((candidate) => !candidate.checked && tiers.includes(candidate.tier))
      .sort((a, b) => (byDate ? a.order - b.order : a.tier - b.tier || b.score - a.score));
  }

  async function check(batch: Candidate[]): Promise<void> {
    await Promise.all(
      batch.map((candidate) =>
        (candidate.checked ??= candidate.data().then((fragment) => {
          candidate.shown = toShown(candidate, fragment, plan);
        })),
      ),
    );
  }

  function ranked(): ShownResult[] {
    const shown = [...candidates.values()].flatMap((candidate) => (candidate.shown ? [candidate.shown] : []));
    if (!plan) return shown.sort((a, b) => orderOf(a) - orderOf(b));
    const matches = rankCheckedResults(shown).filter((result) => !plan.quoted || result.level === 'phrase');
    return byDate ? matches.sort((a, b) => orderOf(a) - orderOf(b)) : matches;
  }
  const orderOf = (result: ShownResult) => candidates.get(result.id)!.order;

  /**
   * Make at least `count` results ready, unless the searchable shards hold fewer. Candidates that are matches
   * almost surely (the exact search's; any for a query of single words) are checked first; then every shard that may
   * hold the query as a phrase is searched before weaker candidates (words at consecutive positions, then apart)
   * are checked, at most {@link CHECK_BUDGET} of them beyond the screen; then the remaining shards.
   */
  async function fill(count: number, quick = false): Promise<void> {
    await (ready ??= route());
    let budget = count + CHECK_BUDGET;
    let extended = false;
    if (!plan) {
      // Filters alone: every article of the shards is a result, newest first.
      while (ranked().length < count && !cancelled) {
        const next = unchecked(ALL_TIERS).slice(0, CHECK_BATCH);
        if (next.length > 0) await check(next);
        else if (!(await searchNextShards(false))) return;
      }
      return;
    }
    // A single word: everything found holds it. Otherwise only the exact search's results are the phrase for sure.
    const eager: Tier[] = certain && plan.units.length === 1 ? ALL_TIERS : [0];
    // Words apart can hold the query only when it has several units (or a word was cut unlike the text: checked
    // only when nothing else is found).
    const apart: Tier[] = [2, 4];
    const weaker: Tier[][] = byDate ? [ALL_TIERS] : plan.units.length > 1 ? [[1, 3], apart] : [[1, 3]];
    for (;;) {
      if (cancelled) return;
      const results = ranked();
      const enough = byDate ? results.length : results.filter((result) => result.level === 'phrase').length;
      if (enough >= count) return;
      const likely = unchecked(eager);
      if (likely.length > 0) {
        // Matches almost surely: checked a batch at a time, so that the best of a few more than a screen rank first.
        await check(likely.slice(0, CHECK_BATCH));
        continue;
      }
      // Quick: a screenful of matches of any level is shown first; shards that may hold the phrase come after.
      if (quick && results.length >= count) return;
      if (!byDate && (await searchNextShards(true))) continue;
      if (results.length >= count) return;
      if (results.length === 0 && !extended && (budget <= 0 || weaker.every((tiers) => unchecked(tiers).length === 0))) {
        extended = true;
        budget = Math.max(budget, 0) + CHECK_BUDGET_BEFORE_NOTHING - CHECK_BUDGET;
        weaker.push(apart);
      }
      const batch = budget > 0 ? weaker.map(unchecked).find((list) => list.length > 0)?.slice(0, Math.min(CHECK_BATCH, budget)) : undefined;
      if (batch) {
        budget -= batch.length;
        await check(batch);
        continue;
      }
      if (!(await searchNextShards(false))) return;
    }
  }

  return {
    /**
     * Results `[from, to)` of the ranked list, searching and checking as needed. `quick`: stop once there are enough
     * results of any level; a second call without it goes on to the shards that may hold the query as a phrase.
     */
    async results(from: number, to: number, options: { quick?: boolean } = {}): Promise<ShownResult[]> {
      await fill(to, options.quick);
      return ranked().slice(from, to);
    },
    /**
     * The best `count` results not among `listed`, searching older shards and checking as needed: what "more results"
     * appends. Results found later can rank above ones already listed, so this is not a slice of the ranked list.
     */
    async next(listed: ReadonlySet<string>, count: number): Promise<ShownResult[]> {
      await fill(listed.size + count);
      return ranked().filter((result) => !listed.has(result.id)).slice(0, count);
    },
    /** Search every shard that may still hold a match. */
    async searchEverything(count: number): Promise<void> {
      await (ready ??= route());
      while (await searchNextShards(false));
      await fill(count);
    },
    /**
     * Stop: the reader typed on or changed the search. Steps under way finish, but no further shard is downloaded
     * or fragment checked, so a query typed word by word does not pay for every intermediate one.
     */
    cancel(): void {
      cancelled = true;
    },
    /** What has been searched, and what could still be. */
    summary() {
      const matches = ranked().length;
      const unchecked = [...candidates.values()].filter((candidate) => !candidate.checked).length;
      // Pagefind's count is exact when every unit is one word (everything it finds holds the query); otherwise
      // the exact search's results and the ones checked are matches for sure, and unchecked ones may be.
      const sure = certain || !plan;
      return {
        /** Shards searched, or ruled out by the router (they hold no match): ids. */
        searched: new Set([...searched, ...ruledOut].map((shard) => shard.id)),
        /** Shards that may still hold matches: ids. */
        remaining: new Set(queue.map((shard) => shard.id)),
        matches,
        unchecked,
        count: Math.max(sureCount, matches),
        exactCount: sure || unchecked === 0,
      };
    },
    /** Counts per filter value over the shards searched (Pagefind's, once the engine has the filter indexes). */
    async facets(): Promise<FilterCounts> {
      const ids = searched.map((shard) => shard.id);
      if (ids.length === 0) return {};
      await engine.loadFilters();
      const query = plan ? (certain || !plan.exact ? plan.all.text : plan.exact.text) : null;
      const found = await engine.search(query, { filters: { ...filters, shard: { any: ids } } });
      return found.filters;
    },
  };
}

export type SearchSession = ReturnType<typeof createSearchSession>;

/** Check a result's text against the plan and prepare what a reader sees. */
function toShown(candidate: Candidate, fragment: PagefindFragment | null, plan: SearchPlan | undefined): ShownResult | undefined {
  // A fragment that did not load cannot be checked: the candidate is left out rather than the search failing.
  if (!fragment) return undefined;
  const card = decodeSearchCard(fragment.meta.card);
  if (!card || new URL(fragment.url, 'http://x').pathname.endsWith(ENGINE_URL_PATH)) return undefined;
  const titleTokens = tokenizeSearchText(card.title);
  const bodyTokens = fragment.content === '' ? [] : fragment.content.split(' ');
  const tokens = [...titleTokens, BREAK_TOKEN, ...bodyTokens];
  const match: TextMatch = plan ? matchSearchText(tokens, plan) : { level: 'phrase', whole: true, spans: [] };
  const inTitle = (span: MatchSpan) => span.end < titleTokens.length;
  const bodyOffset = titleTokens.length + 1;
  const url = new URL(fragment.url, location.href);
  for (const unit of plan?.units ?? []) url.searchParams.append(HIGHLIGHT_PARAM, unit.text);
  return {
    id: candidate.id,
    level: match.level,
    whole: match.whole,
    tier: candidate.tier,
    score: candidate.score,
    url: `${url.pathname}${url.search}`,
    card,
    title: buildSearchExcerpt(titleTokens, match.spans.filter(inTitle), { length: Number.MAX_SAFE_INTEGER }),
    excerpt: buildSearchExcerpt(
      bodyTokens,
      match.spans.filter((span) => !inTitle(span)).map((span) => ({ ...span, start: span.start - bodyOffset, end: span.end - bodyOffset })),
    ),
  };
}
