/**
 * The file format of the RSS-to-Hexo scraper that produced the real archive (Rock-Candy-Tea/RSSHUB-PAGE,
 * `muti_work.py`), reproduced byte for byte: a newline before `---`, a fixed field order, `categories: ` with a
 * trailing space, the body wrapped in `<div>   ` … `  </div>` and twelve trailing spaces without a final newline.
 */

/** The scraper replaces these in titles (and so in file names) with `_`. */
const TITLE_REPLACED = /[:/\\?*“”<>|[\]]/g;
/** …and drops these from the file name only, which is why `2.43 清阴` is stored as `243 清阴.md`. */
const FILE_NAME_DROPPED = /[\n#.]/g;

/** Front-matter fields of one article, in the scraper's order. */
export interface ArticleFields {
  title: string;
  categories: readonly [string, string, string];
  /** Header image URL; `''` when the feed item had none, as the scraper writes it. */
  image: string;
  tags: readonly string[];
  author: string;
  /** RFC 2822, e.g. `Wed, 23 Feb 2022 09:50:30 GMT`. */
  date: string;
}

/** A feed item's title as the scraper stores it. */
export function scrapeTitle(rawTitle: string): string {
  return rawTitle.replace(TITLE_REPLACED, '_');
}

/** The `.md` file name the scraper derives from a stored title. */
export function fileNameFor(title: string): string {
  return `${title.replace(FILE_NAME_DROPPED, '')}.md`;
}

/** YAML-quote a title the scraper's way: single quotes, or double quotes when the title holds a `'`. */
export function quoteTitle(title: string): string {
  return title.includes("'") ? `"${title}"` : `'${title}'`;
}

/** The front matter block, from the leading newline to the closing `---` line. */
export function renderFrontMatter(fields: ArticleFields): string {
  const [top, source, channel] = fields.categories;
  let text = `\n---\ntitle: ${quoteTitle(fields.title)}\ncategories: \n - ${top}\n - ${source}\n - ${channel}\n`;
  text += `headimg: '${fields.image}'\n`;
  if (fields.tags.length > 0) text += `tags:\n${fields.tags.map((tag) => ` - '${tag}'\n`).join('')}`;
  text += `author: ${fields.author}\ncomments: false\ndate: ${fields.date}\nthumbnail: '${fields.image}'\n---\n`;
  return text;
}

/** A scraped HTML body (its paragraphs already joined) inside the scraper's `<div>` wrapper. */
export function wrapHtmlBody(inner: string): string {
  return `\n<div>   \n${inner}  \n</div>\n            `;
}

/** A Markdown body: written by hand rather than scraped, so no wrapper, and a final newline. */
export function wrapMarkdownBody(inner: string): string {
  return `\n${inner}\n`;
}
