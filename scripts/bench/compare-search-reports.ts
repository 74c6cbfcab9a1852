// Two reports of `npm run bench:search` on the same queries (before and after a change) side by side, per kind of
// query: `node --experimental-strip-types scripts/bench/compare-search-reports.ts before.json after.json [--cache C]`.
// With the build's cache it also compares the queries whose text is in at most DISTINCTIVE articles: where a query
// is in hundreds of articles (a common English word), whether its own article makes the first 50 is a lottery.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import userConfig from '../../clippings.config.mjs';
import { resolveConfig } from '../../src/lib/config/resolve-config.ts';
import { readArchiveTexts } from './archive-texts.ts';
import { markdownTable } from './format-bench-table.ts';
import { createCorpusIndex } from './search-queries.ts';
import type { RecallResult } from './measure-recall.ts';
import { summarizeByYear, summarizeRecall, type KindSummary } from './summarize-recall.ts';

interface Report {
  name: string;
  articles: number;
  summary: KindSummary[];
  byYear: { year: number; queries: number; top5: number }[];
  results: RecallResult[];
}

/** Most articles a query's text may be in to count as distinctive. */
const DISTINCTIVE = 10;

const { values, positionals } = parseArgs({ options: { cache: { type: 'string' } }, allowPositionals: true });
const [beforeFile, afterFile] = positionals;
if (!beforeFile || !afterFile) throw new Error('Usage: compare-search-reports.ts BEFORE.json AFTER.json');
const [before, after] = [beforeFile, afterFile].map((file) => JSON.parse(readFileSync(file, 'utf8')) as Report) as [Report, Report];
// Compared on the queries both asked (the later run may have asked a subset of the same query sets).
const keyOf = (result: RecallResult) => [result.kind, result.query, result.target].join('\u0000');
const asked = new Set(after.results.map(keyOf));
before.results = before.results.filter((result) => asked.has(keyOf(result)));
before.summary = summarizeRecall(before.results);
before.byYear = summarizeByYear(before.results, ['phrase', 'phrase with a space']);

const percent = (share: number | undefined) => (share === undefined ? '' : `${(share * 100).toFixed(0)} %`);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const pair = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);

// Paged through the whole list (`--reach`) in both runs: that column too.
const paged = [before, after].every((report) => report.summary.some((summary) => summary.reached !== undefined));
console.log(`${before.name} → ${after.name} (${after.articles} articles)\n`);
console.log(
  markdownTable(
    ['query kind', 'found', 'top 1', 'top 5', 'top 10', ...(paged ? ['in the whole list (median position)'] : []), 'no results shown', 'precision', 'settled (median)', 'downloaded (median)'],
    after.summary.map((now) => {
      const then = before.summary.find((summary) => summary.kind === now.kind);
      const targeted = now.kind !== 'characters never adjacent';
      const cell = (value: (summary: KindSummary) => string) => (then ? pair(value(then), value(now)) : value(now));
      return [
        now.kind,
        targeted ? cell((s) => percent(s.found)) : '',
        targeted ? cell((s) => percent(s.top1)) : '',
        targeted ? cell((s) => percent(s.top5)) : '',
        targeted ? cell((s) => percent(s.top10)) : '',
        ...(paged ? [targeted ? cell((s) => (s.reached === undefined ? '' : `${percent(s.reached)} (${s.medianReachRank})`)) : ''] : []),
        cell((s) => percent(s.noResults)),
        cell((s) => percent(s.precision)),
        cell((s) => `${s.medianSettledMs} ms`),
        cell((s) => kb(s.medianBytes)),
      ];
    }),
  ),
);
const years = after.byYear.map((row) => {
  const then = before.byYear.find((old) => old.year === row.year);
  return `${row.year} ${then ? `${percent(then.top5)} → ` : ''}${percent(row.top5)}`;
});
console.log(`\nUnique phrases (both kinds) in the top 5, by year of their article: ${years.join(', ')}`);

if (values.cache) {
  const corpus = createCorpusIndex(readArchiveTexts(values.cache, resolveConfig(userConfig, process.env).timeZone));
  /** Articles holding every unit of a query, counted up to DISTINCTIVE + 1. */
  const articlesHolding = (query: string): number => {
    const [first, ...others] = query.toLowerCase().split(/\s+/).filter((unit) => unit !== '');
    return corpus.count(first!, DISTINCTIVE + 1, others);
  };
  const distinctive = new Set(after.results.filter((result) => result.target !== undefined && articlesHolding(result.query) <= DISTINCTIVE).map((result) => result.query));
  const shares = (report: Report, kind: string) => {
    const list = report.results.filter((result) => result.kind === kind && distinctive.has(result.query));
    const share = (test: (result: RecallResult) => boolean) => percent(list.length === 0 ? undefined : list.filter(test).length / list.length);
    return { queries: list.length, found: share((r) => r.rank > 0), top5: share((r) => r.rank > 0 && r.rank <= 5), top10: share((r) => r.rank > 0 && r.rank <= 10) };
  };
  console.log(`\nQueries whose text is in at most ${DISTINCTIVE} articles:\n`);
  console.log(
    markdownTable(
      ['query kind', 'queries', 'found', 'top 5', 'top 10'],
      after.summary.filter((summary) => summary.kind !== 'characters never adjacent').map(({ kind }) => {
        const [then, now] = [shares(before, kind), shares(after, kind)];
        return [kind, String(now.queries), pair(then.found, now.found), pair(then.top5, now.top5), pair(then.top10, now.top10)];
      }),
    ),
  );
}
