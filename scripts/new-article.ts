// `npm run new -- "<title>" [--category a/b/c] [--tags x,y]`: create an article with valid front matter (dated now,
// in the site time zone) where the archive keeps its articles, and never over an existing file.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config, contentRoot } from '../src/config.ts';
import { scaffoldArticle } from '../src/lib/article/scaffold-article.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { category: { type: 'string', default: '' }, tags: { type: 'string', default: '' } },
});
const split = (text: string, separator: RegExp) => text.split(separator).map((part) => part.trim()).filter((part) => part !== '');

try {
  const article = scaffoldArticle({
    title: positionals.join(' '),
    categories: split(values.category!, /\//),
    tags: split(values.tags!, /[,，]/),
    now: new Date(),
    timeZone: config.timeZone,
  });
  const file = path.join(contentRoot, article.relativePath);
  mkdirSync(path.dirname(file), { recursive: true });
  // `wx`: fail if the file exists, so an article is never overwritten.
  writeFileSync(file, article.text, { flag: 'wx' });
  console.log(`Created ${path.relative(process.cwd(), file)}`);
} catch (error) {
  const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
  console.error(exists ? `${(error as NodeJS.ErrnoException).path} already exists; nothing was written. Choose another title, or edit that file.` : (error as Error).message);
  process.exit(1);
}
