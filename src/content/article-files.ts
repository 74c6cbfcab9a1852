import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { DEFAULT_INCLUDE } from '../lib/config/config-schema.ts';

/** Never articles, whatever `include` says. */
const IGNORED = ['**/node_modules/**'];

/**
 * Every `.md` file below `contentRoot` that `include` matches, as sorted POSIX paths relative to it, so runs are
 * deterministic. Dot-files and dot-folders are skipped (tinyglobby's default), and so is any `node_modules`.
 */
export async function listArticleFiles(contentRoot: string, include: string = DEFAULT_INCLUDE): Promise<string[]> {
  const files = await glob(include, { cwd: contentRoot, expandDirectories: false, ignore: IGNORED });
  return files.filter(isArticleFile).sort();
}

/**
 * Whether a path names an article file by its extension. A glob such as `新媒体/**` also matches the images beside
 * the articles, which are not articles.
 */
export function isArticleFile(file: string): boolean {
  return file.endsWith('.md');
}

/**
 * A test of POSIX paths relative to the content folder against `include`, for files the watcher reports: the same
 * answer as {@link listArticleFiles} (picomatch, which tinyglobby uses, skips dot-files and dot-folders by default).
 */
export function matchesInclude(include: string = DEFAULT_INCLUDE): (sourcePath: string) => boolean {
  const matches = picomatch(include, { ignore: IGNORED });
  return (sourcePath) => isArticleFile(sourcePath) && matches(sourcePath);
}

/** The path editors see in messages: relative to the working directory, POSIX separators. */
export function toDisplayPath(contentRoot: string, sourcePath: string): string {
  return path.relative(process.cwd(), path.join(contentRoot, sourcePath)).split(path.sep).join('/');
}
