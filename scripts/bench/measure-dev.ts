// `npm run bench:dev -- [--articles 10000] [--seed 1] [--include <glob>] [--out bench-out]`
// Measures `astro dev` on the generated benchmark archive: start from an empty cache, from a warm one, and with an
// empty content store but the article cache kept (time until the server is ready, until the home page and an article
// page answer), and how long an edited, an added and a deleted article take to show on reload, with the peak memory
// of the server's process tree.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { listArticleFiles } from '../../src/content/article-files.ts';
import { prepareArticle } from '../../src/lib/archive/process-article.ts';
import { formatDateWithOffset } from '../../src/lib/article/format-date.ts';
import { toHref } from '../../src/lib/article/permalink.ts';
import { DEFAULT_INCLUDE, DEFAULT_PERMALINK } from '../../src/lib/config/config-schema.ts';
import { describeMachine, gib } from './format-bench-table.ts';
import { generateCorpus } from './generate-corpus.ts';
import { readTreeRss } from './process-tree-memory.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    include: { type: 'string', default: DEFAULT_INCLUDE },
    out: { type: 'string', default: 'bench-out' },
    port: { type: 'string', default: '4399' },
  },
});
const articles = Number(values.articles);
const include = values.include!;
const outRoot = path.resolve(values.out!);
const corpusDir = path.join(outRoot, `corpus-${articles}-${values.seed}`);
const cacheDir = path.join(outRoot, `dev-cache-${articles}`);
const origin = `http://localhost:${values.port}`;
const TIME_ZONE = 'Asia/Shanghai';
/** Longest wait for any one step; a 10,000-article cold start takes about a minute. */
const TIMEOUT_MS = 15 * 60_000;
const root = path.resolve(import.meta.dirname, '../..');

if (!existsSync(path.join(corpusDir, '.complete'))) {
  rmSync(corpusDir, { recursive: true, force: true });
  await generateCorpus({ articles, seed: Number(values.seed), outDir: corpusDir });
  writeFileSync(path.join(corpusDir, '.complete'), '');
}
const files = await listArticleFiles(corpusDir, include);
if (files.length === 0) throw new Error(`No article in ${corpusDir} matches ${include}.`);
const env = {
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  CLIPPINGS_CONTENT_DIR: path.relative(root, corpusDir),
  CLIPPINGS_CACHE_DIR: cacheDir,
  CLIPPINGS_INCLUDE: include,
  CLIPPINGS_LENIENT: '1',
  CLIPPINGS_TIMEZONE: TIME_ZONE,
};

/** The address of an article file as the site publishes it (before collisions, which the pick below avoids). */
function hrefOf(sourcePath: string, text: string): string {
  const prepared = prepareArticle(text, { sourcePath, displayPath: sourcePath, timeZone: TIME_ZONE, permalinkPattern: DEFAULT_PERMALINK });
  if (!prepared.ok) throw new Error(`${sourcePath} is not a valid article.`);
  return toHref(prepared.wantedPermalink);
}

/** A running dev server, its memory peak, and its log. */
interface DevServer {
  child: ChildProcess;
  log: string[];
  peakRssBytes: number;
  stop(): Promise<void>;
}

function startDev(): DevServer {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', values.port!], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const server: DevServer = {
    child,
    log: [],
    peakRssBytes: 0,
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode === null) {
        process.kill(-child.pid!, 'SIGTERM');
        await new Promise((resolve) => child.once('close', resolve));
      }
    },
  };
  const timer = setInterval(() => (server.peakRssBytes = Math.max(server.peakRssBytes, readTreeRss(child.pid!))), 200);
  for (const stream of [child.stdout!, child.stderr!]) stream.setEncoding('utf8').on('data', (text: string) => server.log.push(text));
  child.on('close', () => clearInterval(timer));
  return server;
}

/** Seconds since `since` once `test` holds, polling every 100 ms. */
async function waitFor(what: string, server: DevServer, since: number, test: () => Promise<boolean>): Promise<number> {
  while (performance.now() - since < TIMEOUT_MS) {
    if (server.child.exitCode !== null) throw new Error(`The dev server stopped while waiting for ${what}:\n${server.log.join('').slice(-3000)}`);
    if (await test().catch(() => false)) return (performance.now() - since) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

async function page(href: string): Promise<{ status: number; text: string }> {
  const response = await fetch(origin + href);
  return { status: response.status, text: await response.text() };
}

/** Seconds from launching the server until it is ready and until the home page answers, then until an article does. */
interface StartFigures {
  ready: number;
  home: number;
  firstArticle: number;
  peakRssBytes: number;
}

/** Start the server and time it until ready, until the home page answers, and until `articleHref` does. */
async function measureStart(articleHref: string) {
  const started = performance.now();
  const server = startDev();
  const ready = await waitFor('the ready line', server, started, async () => /ready in/.test(server.log.join('')));
  const home = await waitFor('the home page', server, started, async () => (await page('/')).status === 200);
  const before = performance.now();
  const firstArticle = await waitFor('an article page', server, before, async () => (await page(articleHref)).status === 200);
  return { server, figures: (): StartFigures => ({ ready, home, firstArticle, peakRssBytes: server.peakRssBytes }) };
}

// The article to edit: one from the middle whose address no other article claims.
const hrefs = new Map<string, string>();
for (const file of files) {
  const href = hrefOf(file, readFileSync(path.join(corpusDir, file), 'utf8'));
  hrefs.set(href, hrefs.has(href) ? '' : file);
}
const unique = [...hrefs].filter(([, file]) => file !== '');
const [editedHref, edited] = unique[Math.floor(unique.length / 2)]!;
const editedPath = path.join(corpusDir, edited);
const original = readFileSync(editedPath, 'utf8');
const addedFolder = path.join(corpusDir, path.dirname(edited));
const addedTitle = `开发服务器测量新增文章${process.pid}`;
const addedPath = path.join(addedFolder, `${addedTitle}.md`);
const addedText = matter.stringify('<p>新增文章的正文，用于测量开发服务器的更新。</p>\n', {
  title: addedTitle,
  date: formatDateWithOffset(new Date(Date.now() - 60_000), TIME_ZONE),
  categories: ['测量'],
});
const addedHref = hrefOf(path.relative(corpusDir, addedPath).split(path.sep).join('/'), addedText);

rmSync(cacheDir, { recursive: true, force: true });
mkdirSync(cacheDir, { recursive: true });
const result: {
  articles: number;
  include: string;
  machine: string;
  date: string;
  cold?: StartFigures;
  reload?: { edit: number; add: number; addHome: number; remove: number };
  warm?: StartFigures;
  emptiedStore?: StartFigures;
} = {
  articles: files.length,
  include,
  machine: describeMachine(),
  date: new Date().toISOString(),
};
let server: DevServer | undefined;
try {
  console.log(`Cold start on ${files.length} articles (empty cache)…`);
  const cold = await measureStart(editedHref);
  server = cold.server;
  const marker = `编辑标记${Date.now()}`;
  let since = performance.now();
  writeFileSync(editedPath, `${original}\n<p>${marker}</p>\n`);
  const edit = await waitFor('the edit', server, since, async () => (await page(editedHref)).text.includes(marker));
  since = performance.now();
  writeFileSync(addedPath, addedText);
  const add = await waitFor('the added article', server, since, async () => (await page(addedHref)).status === 200);
  const addHome = await waitFor('the added article on the home page', server, since, async () => (await page('/')).text.includes(addedTitle));
  since = performance.now();
  unlinkSync(addedPath);
  const remove = await waitFor('the deleted article', server, since, async () => (await page(addedHref)).status === 404);
  result.cold = cold.figures();
  result.reload = { edit, add, addHome, remove };
  await server.stop();
  writeFileSync(editedPath, original);

  console.log('Warm start (cache from the run before)…');
  const warm = await measureStart(editedHref);
  server = warm.server;
  result.warm = warm.figures();
  await server.stop();

  // The dev server's content store is emptied whenever the Astro configuration changes; the article cache is not.
  console.log("Start with an empty content store and the article cache (as after a build, or a changed config)…");
  rmSync(path.join(root, '.astro', 'data-store.json'), { force: true });
  const emptied = await measureStart(editedHref);
  server = emptied.server;
  result.emptiedStore = emptied.figures();
} finally {
  await server?.stop();
  writeFileSync(editedPath, original);
  rmSync(addedPath, { force: true });
}

const name = include === DEFAULT_INCLUDE ? `dev-${articles}.json` : `dev-${articles}-subset.json`;
writeFileSync(path.join(outRoot, name), JSON.stringify(result, null, 2));
const { cold, warm, reload, emptiedStore: emptied } = result as Required<typeof result>;
const s = (value: number) => `${value.toFixed(1)} s`;
console.log(`
\`npm run dev\` on ${files.length} articles (${include}):

| | ready | home page | first article page | peak RSS |
|---|---|---|---|---|
| start, empty cache | ${s(cold.ready)} | ${s(cold.home)} | ${s(cold.firstArticle)} more | ${gib(cold.peakRssBytes)} |
| start, warm cache | ${s(warm.ready)} | ${s(warm.home)} | ${s(warm.firstArticle)} more | ${gib(warm.peakRssBytes)} |
| start, empty store, article cache kept | ${s(emptied.ready)} | ${s(emptied.home)} | ${s(emptied.firstArticle)} more | ${gib(emptied.peakRssBytes)} |

Reload after saving: an edited article ${s(reload.edit)}; an added one ${s(reload.add)} (on the home page after ${s(reload.addHome)}); a deleted one gone after ${s(reload.remove)}.

JSON: ${path.join(outRoot, name)}`);
