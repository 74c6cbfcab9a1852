// A seeded fuzz test: real fixture articles, mutated (bytes and lines deleted, duplicated, swapped; attack strings
// injected into the body and the front matter; truncated; stray bytes), go through what the loader does with a
// file: decode, parse, render the body, claim a permalink. Whatever the mutation, nothing may throw, every refusal
// must be a message naming the file, counts must add up, and what is published must hold nothing that could run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRandom, type Random } from '../../scripts/bench/prng.ts';
import { checkArchive } from '../../src/lib/archive/check-archive.ts';
import { processArticle } from '../../src/lib/archive/process-article.ts';
import { decodeArticleFile } from '../../src/lib/article/decode-article-file.ts';
import { BODY_VECTORS, TEXT_VECTORS } from './hostile-vectors.ts';
import { scanHtml } from './scan-output.ts';

const ARCHIVE = path.resolve(import.meta.dirname, '../fixtures/archive');
const CASES = 400;
const SEED = 20261126;
const originals = readdirSync(ARCHIVE, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => readFileSync(path.join(ARCHIVE, file)));

type Mutation = (bytes: Buffer, random: Random) => Buffer;

const lines = (bytes: Buffer) => bytes.toString('latin1').split('\n');
const fromLines = (parts: string[]) => Buffer.from(parts.join('\n'), 'latin1');
const utf8Line = (bytes: Buffer, random: Random, text: string) => {
  const parts = bytes.toString('utf8').split('\n');
  parts.splice(random.int(0, parts.length), 0, text);
  return Buffer.from(parts.join('\n'), 'utf8');
};

const MUTATIONS: Record<string, Mutation> = {
  'delete bytes': (bytes, random) => {
    const start = random.int(0, bytes.length);
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(Math.min(bytes.length, start + random.int(1, 64)))]);
  },
  'duplicate bytes': (bytes, random) => {
    const start = random.int(0, bytes.length);
    const piece = bytes.subarray(start, start + random.int(1, 64));
    return Buffer.concat([bytes.subarray(0, start), piece, piece, bytes.subarray(start + piece.length)]);
  },
  'swap bytes': (bytes, random) => {
    const copy = Buffer.from(bytes);
    const a = random.int(0, copy.length - 1);
    const b = random.int(0, copy.length - 1);
    [copy[a], copy[b]] = [copy[b]!, copy[a]!];
    return copy;
  },
  'delete a line': (bytes, random) => {
    const parts = lines(bytes);
    parts.splice(random.int(0, parts.length - 1), 1);
    return fromLines(parts);
  },
  'duplicate a line': (bytes, random) => {
    const parts = lines(bytes);
    const at = random.int(0, parts.length - 1);
    parts.splice(at, 0, parts[at]!);
    return fromLines(parts);
  },
  'swap lines': (bytes, random) => {
    const parts = lines(bytes);
    const a = random.int(0, parts.length - 1);
    const b = random.int(0, parts.length - 1);
    [parts[a], parts[b]] = [parts[b]!, parts[a]!];
    return fromLines(parts);
  },
  truncate: (bytes, random) => bytes.subarray(0, random.int(0, bytes.length)),
  'stray bytes': (bytes, random) => {
    const at = random.int(0, bytes.length);
    const stray = Buffer.from(Array.from({ length: random.int(1, 8) }, () => random.pick([0x00, 0xff, 0xfe, 0xc3, 0x80, 0x0d, 0x3c, 0x22])));
    return Buffer.concat([bytes.subarray(0, at), stray, bytes.subarray(at)]);
  },
  'body vector': (bytes, random) => utf8Line(bytes, random, random.pick(BODY_VECTORS).payload),
  'front-matter vector': (bytes, random) => {
    const text = bytes.toString('utf8');
    const field = random.pick(['title', 'author', 'description', 'tags', 'categories', 'headimg', 'permalink', 'slug']);
    const value = JSON.stringify(random.pick(TEXT_VECTORS).payload);
    return Buffer.from(text.replace(/^---\n/, `---\n${field}: ${value}\n`).replace(new RegExp(`^${field}:.*\\n(?=[^\\n]*:)`, 'm'), ''), 'utf8');
  },
};

/** One mutated article per case, with the mutations applied (one to three of them). */
function fuzzCases() {
  const random = createRandom(SEED);
  return Array.from({ length: CASES }, (_, index) => {
    let bytes: Buffer = random.pick(originals);
    const applied = Array.from({ length: random.int(1, 3) }, () => random.pick(Object.keys(MUTATIONS)));
    for (const name of applied) bytes = MUTATIONS[name]!(bytes, random);
    return { file: `content/fuzz/${String(index).padStart(3, '0')}.md`, bytes, applied };
  });
}

describe(`${CASES} mutated real articles (seed ${SEED})`, () => {
  const cases = fuzzCases();

  // 400 articles through the whole pipeline: seconds of work, more on a busy two-core machine.
  test('each is published or refused with a message naming its file, and nothing throws', { timeout: 30_000 }, () => {
    for (const { file, bytes, applied } of cases) {
      const context = `${file} (${applied.join(', ')})`;
      const decoded = decodeArticleFile(bytes, file);
      if (!decoded.ok) {
        expect(decoded.problem.file, context).toBe(file);
        continue;
      }
      const result = processArticle(decoded.text, { sourcePath: file, displayPath: file, timeZone: 'Asia/Shanghai', permalinkPattern: ':year/:month/:name/', htmlKey: 'k' });
      for (const problem of result.problems) {
        expect(problem.file, context).toBe(file);
        expect(problem.message, context).toMatch(/\.$|\)$/);
        expect(problem.message, context).not.toMatch(/\n\s+at /);
      }
      if (!result.ok) {
        expect(result.problems.some((problem) => problem.severity === 'error'), context).toBe(true);
        continue;
      }
      // What is published holds nothing that could run, and its address stays inside the site.
      expect(scanHtml(`<div class="prose">${result.html}</div>`, file, { fragment: true }), context).toEqual([]);
      expect(result.record.wantedPermalink.split('/'), context).not.toContain('..');
      expect(result.record.wantedPermalink, context).not.toMatch(/^\/|:/);
    }
  });

  test('the counts add up: every file is either valid or invalid, none lost', () => {
    const sources = cases.flatMap(({ file, bytes }) => {
      const decoded = decodeArticleFile(bytes, file);
      return decoded.ok ? [{ sourcePath: file, displayPath: file, raw: decoded.text }] : [];
    });
    const result = checkArchive(sources, { timeZone: 'Asia/Shanghai', permalinkPattern: ':year/:month/:name/', withBodies: true });
    expect(result.valid + result.invalid).toBe(sources.length);
    console.info(`fuzz: ${CASES} cases, ${CASES - sources.length} not UTF-8 text, ${result.valid} publishable, ${result.invalid} refused`);
    // The mutations leave most articles publishable and refuse some: both paths are exercised.
    expect(result.valid).toBeGreaterThan(CASES / 4);
    expect(result.invalid).toBeGreaterThan(10);
  });
});
