import { markdownTable } from './format-bench-table.ts';
import type { RecallResult } from './measure-recall.ts';
import { QUERY_KINDS, type QueryKind } from './search-queries.ts';

/** Recall, precision, time and bytes of one kind of query. */
export interface KindSummary {
  kind: QueryKind;
  queries: number;
  /** Shares in [0, 1] of the queries with a target. */
  found: number;
  top1: number;
  top5: number;
  top10: number;
  /** With `--reach`: share in the whole list a reader can page through, and the median position there of those in it. */
  reached?: number;
  medianReachRank?: number;
  /** Share of queries answered with the no-results state. */
  noResults: number;
  /** Mean share of first-screen results that hold what the query requires (2-character words). */
  precision?: number;
  medianFirstMs: number;
  p90FirstMs: number;
  medianSettledMs: number;
  p90SettledMs: number;
  medianBytes: number;
  p90Bytes: number;
  medianGzipBytes: number;
}

/** Summarize the results per kind of query, in the order of {@link QUERY_KINDS}. */
export function summarizeRecall(results: RecallResult[]): KindSummary[] {
  return QUERY_KINDS.flatMap((kind) => {
    const ofKind = results.filter((result) => result.kind === kind);
    if (ofKind.length === 0) return [];
    const targeted = ofKind.filter((result) => result.target !== undefined);
    const share = (test: (result: RecallResult) => boolean, of = targeted) => (of.length === 0 ? 0 : of.filter(test).length / of.length);
    const precise = ofKind.filter((result) => result.precision !== undefined);
    const paged = targeted.filter((result) => result.reachRank !== undefined);
    const reachRanks = paged.flatMap((result) => (result.reachRank! > 0 ? [result.reachRank!] : []));
    return [{
      kind,
      queries: ofKind.length,
      found: share((result) => result.rank > 0),
      top1: share((result) => result.rank === 1),
      top5: share((result) => result.rank > 0 && result.rank <= 5),
      top10: share((result) => result.rank > 0 && result.rank <= 10),
      ...(paged.length > 0 ? { reached: reachRanks.length / paged.length, medianReachRank: percentile(reachRanks, 0.5) } : {}),
      noResults: share((result) => result.noResults, ofKind),
      ...(precise.length > 0 ? { precision: precise.reduce((sum, result) => sum + result.precision!, 0) / precise.length } : {}),
      medianFirstMs: percentile(ofKind.map((result) => result.firstResultsMs), 0.5),
      p90FirstMs: percentile(ofKind.map((result) => result.firstResultsMs), 0.9),
      medianSettledMs: percentile(ofKind.map((result) => result.settledMs), 0.5),
      p90SettledMs: percentile(ofKind.map((result) => result.settledMs), 0.9),
      medianBytes: percentile(ofKind.map((result) => result.bytes), 0.5),
      p90Bytes: percentile(ofKind.map((result) => result.bytes), 0.9),
      medianGzipBytes: percentile(ofKind.map((result) => result.gzipBytes), 0.5),
    }];
  });
}

/** Share of queries of `kinds` whose target is in the top 5, per year of the target, newest first. */
export function summarizeByYear(results: RecallResult[], kinds: QueryKind[]): { year: number; queries: number; found: number; top5: number }[] {
  const years = new Map<number, RecallResult[]>();
  for (const result of results) {
    if (!kinds.includes(result.kind) || result.year === undefined) continue;
    years.set(result.year, [...(years.get(result.year) ?? []), result]);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({
      year,
      queries: list.length,
      found: list.filter((result) => result.rank > 0).length / list.length,
      top5: list.filter((result) => result.rank > 0 && result.rank <= 5).length / list.length,
    }));
}

/** The per-kind summary as a Markdown table. */
export function formatRecallTable(summaries: KindSummary[]): string {
  const percent = (share: number) => `${(share * 100).toFixed(0)} %`;
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const paged = summaries.some((summary) => summary.reached !== undefined);
  return markdownTable(
    ['query kind', 'queries', 'found', 'top 1', 'top 5', 'top 10', ...(paged ? ['in the whole list (median position)'] : []), 'no results shown', 'precision', 'first results (median / p90)', 'settled (median / p90)', 'downloaded (median / p90; gzip median)'],
    summaries.map((summary) => {
      const targeted = summary.kind !== 'characters never adjacent';
      return [
        summary.kind,
        String(summary.queries),
        targeted ? percent(summary.found) : '',
        targeted ? percent(summary.top1) : '',
        targeted ? percent(summary.top5) : '',
        targeted ? percent(summary.top10) : '',
        ...(paged ? [summary.reached === undefined ? '' : `${percent(summary.reached)} (${summary.medianReachRank})`] : []),
        percent(summary.noResults),
        summary.precision === undefined ? '' : percent(summary.precision),
        `${summary.medianFirstMs} / ${summary.p90FirstMs} ms`,
        `${summary.medianSettledMs} / ${summary.p90SettledMs} ms`,
        `${kb(summary.medianBytes)} / ${kb(summary.p90Bytes)}; ${kb(summary.medianGzipBytes)}`,
      ];
    }),
  );
}

/** The nearest-rank percentile `p` (0–1) of some numbers; 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
