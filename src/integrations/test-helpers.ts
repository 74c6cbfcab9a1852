import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { planSearch } from './search-plan.ts';
import { writePlanFolder } from './shard-artifact.ts';

const SETTINGS = { timeZone: 'Asia/Shanghai', chunkSize: 5000 };

/** `count` articles, two a month from December 2024 back, newest first, as the search manifest lists them. */
export function searchRecords(count: number): SearchRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    href: `/2024/${String(12 - Math.floor(index / 2)).padStart(2, '0')}/article-${index}/`,
    title: `文章 ${index}`,
    date: new Date(Date.UTC(2024, 11 - Math.floor(index / 2), 20 - (index % 2))).toISOString(),
    categories: [['新媒体']],
    tags: [],
    htmlKey: `body-${index}`,
  }));
}

/**
 * A plan folder (in a new temporary folder, added to `folders` for the caller to remove) of `count` articles in
 * shards of two, the shards `built` names marked as built already.
 */
export function writeTestPlan(folders: string[], count: number, built: (id: string) => boolean = () => false) {
  const planDir = mkdtempSync(path.join(os.tmpdir(), 'clippings-plan-'));
  folders.push(planDir);
  const plan = planSearch(searchRecords(count), { ...SETTINGS, maxShardArticles: 2 });
  const file = writePlanFolder(planDir, plan, SETTINGS, { isBuilt: ({ shard }) => built(shard.id), readText: (record) => `正文 ${record.title}` });
  return { planDir, plan, file };
}
