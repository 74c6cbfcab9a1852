import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';

/** A phrase found in one article only, to check that searching for it finds that article first. */
export interface UniquePhrase {
  phrase: string;
  record: SearchRecord;
}

/** Characters in a phrase: long enough to be unique, short enough to be what a reader remembers and types. */
const PHRASE_LENGTH = 10;
const HAN_RUN = new RegExp(`\\p{Script=Han}{${PHRASE_LENGTH},}`, 'gu');

/**
 * Pick a run of Chinese characters from one text node of `record`'s body that no other article's body or title
 * contains (checked against every body in the HTML cache, so it also holds for a generated corpus whose words
 * repeat). Returns undefined when the article has no such run.
 */
export function pickUniquePhrase(record: SearchRecord, records: SearchRecord[], htmlCacheDir: string): UniquePhrase | undefined {
  const html = readFileSync(path.join(htmlCacheDir, `${record.htmlKey}.html`), 'utf8');
  const candidates = textValues(unified().use(rehypeParse, { fragment: true }).parse(html))
    .flatMap((text) => [...text.matchAll(HAN_RUN)].map((match) => match[0]))
    .map((run) => run.slice(Math.floor((run.length - PHRASE_LENGTH) / 2)).slice(0, PHRASE_LENGTH));
  const titles = records.filter((other) => other !== record).map((other) => other.title);
  const others = readdirSync(htmlCacheDir).filter((name) => name !== `${record.htmlKey}.html` && name.endsWith('.html'));
  // Try the middle of the body first: its opening sentences are the likeliest to be shared with another article.
  for (const phrase of [...candidates.slice(Math.floor(candidates.length / 2)), ...candidates.slice(0, Math.floor(candidates.length / 2))]) {
    if (titles.some((title) => title.includes(phrase))) continue;
    if (others.some((name) => readFileSync(path.join(htmlCacheDir, name), 'utf8').includes(phrase))) continue;
    return { phrase, record };
  }
  return undefined;
}

function textValues(node: Root | RootContent): string[] {
  if (node.type === 'text') return [node.value];
  if (node.type === 'root' || node.type === 'element') return (node as Root | Element).children.flatMap(textValues);
  return [];
}
