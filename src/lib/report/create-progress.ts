/** Something that can print a line, such as Astro's integration logger. */
export interface ProgressLogger {
  info(message: string): void;
}

/** Options for {@link createProgress}. */
export interface ProgressOptions {
  /** Whether anyone watches: a terminal, not a CI log. Reports are printed only then. */
  interactive: boolean;
  /** Loops shorter than this never report. Default: 5000. */
  minimum?: number;
}

/** Report the progress of a long loop every tenth of the way, e.g. "Read 20000 of 100000 articles…". */
export function createProgress(
  total: number,
  describe: (done: number, total: number) => string,
  logger: ProgressLogger,
  options: ProgressOptions,
) {
  const enabled = options.interactive && total >= (options.minimum ?? 5000);
  const step = Math.ceil(total / 10);
  let done = 0;
  return {
    tick(): void {
      done++;
      if (enabled && done % step === 0 && done < total) logger.info(describe(done, total));
    },
  };
}

/**
 * Whether the process prints to a person's terminal rather than to a CI log. `CLIPPINGS_PROGRESS=1` (or `0`)
 * decides instead, for a tool that runs the build and shows its output to a person, such as `npm run bench`.
 */
export function isInteractive(env: Record<string, string | undefined> = process.env, isTTY = process.stdout.isTTY === true): boolean {
  if (env.CLIPPINGS_PROGRESS === '1') return true;
  if (env.CLIPPINGS_PROGRESS === '0') return false;
  return isTTY && !env.CI;
}
