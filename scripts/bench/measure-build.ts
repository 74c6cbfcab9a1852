import { spawn } from 'node:child_process';
import path from 'node:path';
import { readTreeRss } from './process-tree-memory.ts';

/** A build phase, recognised by the log line that starts it. */
export interface Phase {
  name: string;
  /** Log text that marks the start of the phase. */
  startsWith: RegExp;
}

/** The phases of a Clippings build, in order, as its log announces them. */
export const BUILD_PHASES: Phase[] = [
  { name: 'content sync', startsWith: /\[content\] Syncing content/ },
  { name: 'bundling', startsWith: /\[content\] Synced content/ },
  { name: 'page generation', startsWith: /generating static routes/ },
  { name: 'search indexing', startsWith: /\[clippings-search\] Indexing/ },
  { name: 'finishing', startsWith: /\[clippings-search\] Search index:/ },
];

/** Wall time and peak memory of one phase. */
export interface PhaseMeasure {
  name: string;
  seconds: number;
  peakRssBytes: number;
}

/** What one measured build reports. */
export interface BuildMeasure {
  status: number | null;
  seconds: number;
  peakRssBytes: number;
  phases: PhaseMeasure[];
  /** Pages Astro reports as built. */
  pages: number;
  log: string;
}

const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Run `astro build` and measure wall time and the peak resident set of the whole process tree (Pagefind's
 * child process included), overall and per phase, sampling /proc every `sampleMs` milliseconds.
 */
export function measureBuild(env: Record<string, string>, options: { sampleMs?: number; onLine?: (line: string) => void } = {}): Promise<BuildMeasure> {
  const started = performance.now();
  const child = spawn(process.execPath, [astroBin, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const phases: PhaseMeasure[] = [{ name: 'start-up', seconds: 0, peakRssBytes: 0 }];
  let phaseStarted = started;
  let peak = 0;
  const chunks: string[] = [];

  const sample = () => {
    const rss = readTreeRss(child.pid!);
    peak = Math.max(peak, rss);
    const phase = phases.at(-1)!;
    phase.peakRssBytes = Math.max(phase.peakRssBytes, rss);
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);

  const onText = (text: string) => {
    chunks.push(text);
    for (const line of text.split('\n')) {
      options.onLine?.(line);
      const next = BUILD_PHASES.find((phase) => phase.startsWith.test(line));
      if (!next || phases.at(-1)!.name === next.name) continue;
      sample();
      const now = performance.now();
      phases.at(-1)!.seconds = (now - phaseStarted) / 1000;
      phaseStarted = now;
      phases.push({ name: next.name, seconds: 0, peakRssBytes: 0 });
    }
  };
  child.stdout.setEncoding('utf8').on('data', onText);
  child.stderr.setEncoding('utf8').on('data', onText);

  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      const ended = performance.now();
      phases.at(-1)!.seconds = (ended - phaseStarted) / 1000;
      const log = chunks.join('');
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
      resolve({ status, seconds: (ended - started) / 1000, peakRssBytes: peak, phases, pages, log });
    });
  });
}
