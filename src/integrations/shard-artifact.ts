import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprintShard } from '../lib/search/fingerprint-shard.ts';
import type { SearchRecord } from '../lib/search/search-record.ts';
import { describeShard, type ShardManifest } from '../lib/search/shard-index.ts';
import { describePlannedShard, PAGEFIND_VERSION, searchSalt, type PlannedShard, type SearchPlan, type SearchSettings } from './search-plan.ts';

// A distributed build (docs/scaling.md, "Building shards on separate CI workers") hands its search work from job to
// job in files: the plan job writes the plan and one artifact per shard to index, each shard job turns one artifact
// into one bundle with nothing else of the archive present, and the publish job assembles the bundles.

type ShardListEntry = ShardManifest['shards'][number];

/** Bump when the plan's or an artifact's files change shape. */
const FORMAT = 1;

/** The plan file in a plan folder. */
export const PLAN_FILE = 'plan.json';

/** One shard as the plan file lists it: as `shards.json` will, with its fingerprint and whether it is stale. */
export interface PlanFileShard extends ShardListEntry {
  fingerprint: string;
  /** Whether a shard job must index it: no bundle of this fingerprint was at hand when the plan was made. */
  stale: boolean;
}

/** The plan file: every shard of the archive's search index, newest first. */
export interface PlanFile {
  format: typeof FORMAT;
  pagefindVersion: string;
  articles: number;
  maxArticles: number;
  shards: PlanFileShard[];
}

/** What one shard job receives: its articles, each with its body text, and the settings its index depends on. */
export interface ShardArtifact extends SearchSettings {
  format: typeof FORMAT;
  id: string;
  fingerprint: string;
  articles: { record: SearchRecord; text: string }[];
  /** Digest of the texts, which the fingerprint covers only through each article's `htmlKey`. */
  textsDigest: string;
}

/** Where the artifact of shard `id` lives in a plan folder. */
export function artifactFolder(planDir: string, id: string): string {
  return path.join(planDir, 'shards', id);
}

/**
 * Write a plan folder: the plan file, and an artifact for every shard `isBuilt` says has no bundle yet. The
 * folder is emptied first, so that it never holds an artifact of an older plan.
 */
export function writePlanFolder(
  planDir: string,
  plan: SearchPlan,
  settings: SearchSettings,
  options: { isBuilt: (shard: PlannedShard) => boolean; readText: (record: SearchRecord) => string },
): PlanFile {
  rmSync(planDir, { recursive: true, force: true });
  mkdirSync(planDir, { recursive: true });
  const shards = plan.shards.map((planned) => {
    const stale = !options.isBuilt(planned);
    if (stale) writeArtifact(planDir, planned, settings, options.readText);
    return { ...describeShard(describePlannedShard(planned, settings.timeZone)), fingerprint: planned.fingerprint, stale };
  });
  const file: PlanFile = {
    format: FORMAT,
    pagefindVersion: PAGEFIND_VERSION,
    articles: plan.shards.reduce((sum, { shard }) => sum + shard.articles.length, 0),
    maxArticles: plan.maxArticles,
    shards,
  };
  writeFileSync(path.join(planDir, PLAN_FILE), `${JSON.stringify(file, null, 2)}\n`);
  return file;
}

function writeArtifact(planDir: string, planned: PlannedShard, settings: SearchSettings, readText: (record: SearchRecord) => string): void {
  const articles = planned.shard.articles.map(({ record }) => ({ record, text: readText(record) }));
  const artifact: ShardArtifact = {
    format: FORMAT,
    id: planned.shard.id,
    fingerprint: planned.fingerprint,
    timeZone: settings.timeZone,
    chunkSize: settings.chunkSize,
    articles,
    textsDigest: digestTexts(articles),
  };
  const folder = artifactFolder(planDir, planned.shard.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'shard.json'), JSON.stringify(artifact));
}

/** Read a plan file, refusing one of another format or another Pagefind than this installation's. */
export function readPlanFile(planDir: string): PlanFile {
  const file = path.join(planDir, PLAN_FILE);
  const plan = readJson(file) as PlanFile;
  if (plan.format !== FORMAT) throw new Error(`${file} is a search plan of format ${plan.format}; this version of Clippings reads format ${FORMAT}. Plan again with this version.`);
  if (plan.pagefindVersion !== PAGEFIND_VERSION) {
    throw new Error(`${file} was planned with Pagefind ${plan.pagefindVersion}; this installation has ${PAGEFIND_VERSION}. Plan and index with the same lockfile.`);
  }
  return plan;
}

/**
 * Read the artifact of shard `id` and check it is what the plan made: the format, its texts against their digest,
 * and its articles and settings against its fingerprint, recomputed with this installation's versions, so that an
 * artifact of another archive version, or indexed by another Pagefind, is refused rather than published.
 */
export function readShardArtifact(planDir: string, id: string): ShardArtifact {
  const file = path.join(artifactFolder(planDir, id), 'shard.json');
  const artifact = readJson(file) as ShardArtifact;
  if (artifact.format !== FORMAT) throw new Error(`${file} is a shard artifact of format ${artifact.format}; this version of Clippings reads format ${FORMAT}.`);
  if (artifact.id !== id) throw new Error(`${file} holds shard "${artifact.id}", not "${id}".`);
  if (digestTexts(artifact.articles) !== artifact.textsDigest) throw new Error(`${file}: its body texts do not match their digest (a damaged or edited artifact). Plan again.`);
  const fingerprint = fingerprintShard(artifact.articles.map(({ record }) => record), searchSalt(artifact));
  if (fingerprint !== artifact.fingerprint) {
    throw new Error(
      `${file}: refused. Shard "${id}" was planned with fingerprint ${artifact.fingerprint}, but its articles and this installation's ` +
        `versions (Pagefind ${PAGEFIND_VERSION}) give ${fingerprint}: the artifact comes from another archive version or another lockfile.`,
    );
  }
  return artifact;
}

function digestTexts(articles: readonly { text: string }[]): string {
  const hash = createHash('sha256');
  for (const { text } of articles) hash.update(text).update('\0');
  return hash.digest('hex').slice(0, 20);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
