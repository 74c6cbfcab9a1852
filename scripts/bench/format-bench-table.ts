import type { BuildMeasure } from './measure-build.ts';
import type { SearchMeasure } from './measure-search.ts';

/** One measured build of the benchmark. */
export interface BenchRun extends Omit<BuildMeasure, 'log'> {
  name: string;
  log?: undefined;
  outputBytes: number;
  indexBytes: number;
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
    ];
  });
  return [
    `${report.articles} articles (seed ${report.seed}) on ${report.machine}`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}
