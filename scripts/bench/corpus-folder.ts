import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Marker naming the seed and count, so a rerun may replace an earlier corpus but never someone else's folder. */
export const CORPUS_MARKER = '.synthetic-corpus.json';

/**
 * Make `outDir` an empty corpus folder: create it, or empty it when it holds an earlier (maybe interrupted)
 * corpus. Refuses a non-empty folder without the marker, because emptying it could destroy real articles.
 */
export function prepareCorpusFolder(outDir: string, description: { seed: number; articles: number }): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!existsSync(path.join(outDir, CORPUS_MARKER))) {
      throw new Error(
        `${outDir} is not empty and holds no generated corpus (no ${CORPUS_MARKER}), so it was left alone. ` +
          'Choose an empty or new folder.',
      );
    }
    rmSync(outDir, { recursive: true });
  }
  mkdirSync(outDir, { recursive: true });
  // Written first, so that an interrupted run can be replaced by the next one.
  writeFileSync(path.join(outDir, CORPUS_MARKER), `${JSON.stringify(description)}\n`);
}
