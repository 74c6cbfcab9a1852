import os from 'node:os';
import type { BuildMeasure } from './measure-build.ts';
import type { SearchMeasure } from './measure-search.ts';

/** One measured build of the benchmark. */
export interface BenchRun extends Omit<BuildMeasure, 'log'> {
  name: string;
  log?: undefined;
  outputBytes: number;
  indexBytes: number;
  /** After a run that changed an article: the site's search for words only the new text has. */
  searchAfter?: { query: string; targetRank: number; firstResultsMs: number };
}

/** The benchmark's report. */
export interface BenchReport {
  articles: number;
  seed: number;
  machine: string;
  date: string;
  runs: BenchRun[];
  /** Searches measured in Chromium on the last build, unless skipped. */
  search?: SearchMeasure[];
}

const PHASES = ['content sync', 'page generation', 'search indexing'];

/** A Markdown table of the runs: wall time and peak memory per phase and in total, throughput and sizes. */
export function formatBenchTable(report: BenchReport): string {
  const header = [
    'run',
    'total',
    'peak RSS',
    ...PHASES.map((phase) => `${phase} (time / peak)`),
    'pages',
    'pages/s',
    'output',
    'search index',
    'search finds the change',
  ];
  const rows = report.runs.map((run) => {
    const phase = (name: string) => run.phases.find((candidate) => candidate.name === name);
    const generation = phase('page generation');
    return [
      run.name,
      `${run.seconds.toFixed(1)} s`,
      gib(run.peakRssBytes),
      ...PHASES.map((name) => {
        const measure = phase(name);
        return measure ? `${measure.seconds.toFixed(1)} s / ${gib(measure.peakRssBytes)}` : '—';
      }),
      String(run.pages),
      generation && generation.seconds > 0 ? String(Math.round(run.pages / generation.seconds)) : '—',
      mib(run.outputBytes),
      mib(run.indexBytes),
      run.searchAfter ? (run.searchAfter.targetRank > 0 ? `rank ${run.searchAfter.targetRank}, ${run.searchAfter.firstResultsMs} ms` : 'not found') : '',
    ];
  });
  return [`${report.articles} articles (seed ${report.seed}) on ${report.machine}`, '', markdownTable(header, rows)].join('\n');
}

/** A Markdown table, as the benchmarks print theirs. */
export function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The machine a benchmark ran on, for its report: cores, CPU, memory, Node. */
export function describeMachine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

export function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
}

export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}
