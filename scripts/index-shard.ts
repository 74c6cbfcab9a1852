// `npm run index-shard -- --shard <id> [--plan search-plan] [--out search-bundles] [--fingerprint <fingerprint>]`
// One shard job of a distributed build (docs/scaling.md): turns the artifact of one shard, written by a planning
// build (`CLIPPINGS_SEARCH_PLAN_DIR`), into its Pagefind bundle at `<out>/<id>-<fingerprint>/`. It needs nothing of
// the archive but the artifact, so it runs on any machine with the project installed. `--fingerprint` (the plan's
// matrix passes it) refuses an artifact planned for another version of the archive.
import { parseArgs } from 'node:util';
import { runShard, prepareShard } from '../src/integrations/index-shard.ts';
import { readShardArtifact } from '../src/integrations/shard-artifact.ts';
import { openShardCache } from '../src/integrations/shard-cache.ts';
import type { SearchRecord } from '../src/lib/search/search-record.ts';
import { tokenizeSearchText } from '../src/lib/search/tokenize-search-text.ts';

const { values } = parseArgs({
  options: {
    shard: { type: 'string' },
    plan: { type: 'string', default: 'search-plan' },
    out: { type: 'string', default: 'search-bundles' },
    fingerprint: { type: 'string' },
  },
});
if (!values.shard) {
  console.error('Which shard? `npm run index-shard -- --shard <id>` (the ids are in the plan folder\'s plan.json).');
  process.exit(2);
}

const started = performance.now();
const artifact = readShardArtifact(values.plan!, values.shard);
if (values.fingerprint !== undefined && values.fingerprint !== artifact.fingerprint) {
  console.error(
    `Refused: shard "${artifact.id}" was asked for with fingerprint ${values.fingerprint}, but its artifact in ${values.plan} has ` +
      `${artifact.fingerprint} (an artifact of another plan). Download the artifact of this run's plan.`,
  );
  process.exit(1);
}
const bundles = openShardCache(values.out!);
if (bundles.read(artifact.id, artifact.fingerprint)) {
  console.log(`Shard "${artifact.id}" (${artifact.fingerprint}) is built already in ${bundles.folderOf(artifact.id, artifact.fingerprint)}.`);
} else {
  const texts = new Map<SearchRecord, string>(artifact.articles.map(({ record, text }) => [record, text]));
  const prepared = prepareShard(
    artifact.articles.map(({ record }) => record),
    bundles.folderOf(artifact.id, artifact.fingerprint),
    { timeZone: artifact.timeZone, chunkSize: artifact.chunkSize, htmlCacheDir: '' },
    (record) => tokenizeSearchText(texts.get(record)!),
  );
  const { figures, cleanup } = await runShard(prepared);
  await cleanup;
  bundles.complete(artifact.id, artifact.fingerprint, figures);
  console.log(
    `Shard "${artifact.id}" indexed: ${figures.pages} pages, ${figures.words} words, ${figures.keys} router keys, into ` +
      `${bundles.folderOf(artifact.id, artifact.fingerprint)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}
