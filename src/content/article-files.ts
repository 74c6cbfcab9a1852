import path from 'node:path';
import { glob } from 'tinyglobby';

/** Glob of article files below the content folder. Dot-files and dot-folders are skipped (tinyglobby's default). */
export const ARTICLE_PATTERN = '**/*.md';

/** Every article file below `contentRoot`, as sorted POSIX paths relative to it, so runs are deterministic. */
export async function listArticleFiles(contentRoot: string): Promise<string[]> {
  const files = await glob(ARTICLE_PATTERN, { cwd: contentRoot, expandDirectories: false, ignore: ['**/node_modules/**'] });
  return files.sort();
}

/** The path editors see in messages: relative to the working directory, POSIX separators. */
export function toDisplayPath(contentRoot: string, sourcePath: string): string {
  return path.relative(process.cwd(), path.join(contentRoot, sourcePath)).split(path.sep).join('/');
}
