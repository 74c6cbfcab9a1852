// `npm run assemble-search -- [--plan search-plan] [--bundles search-bundles]`
// The publish step of a distributed build (docs/scaling.md): puts every shard of the plan into the output folder's
// `pagefind/` (fresh bundles from `--bundles`, the others from the shard cache in `CLIPPINGS_CACHE_DIR`), with the
// engine, the router and `shards.json`, as a build on one machine does. Fails, naming them, when shards are missing
// (their job failed or was cancelled) or a bundle is of another fingerprint: never a site with part of its search.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheRoot } from '../src/config.ts';
import { assembleSearch } from '../src/integrations/assemble-search.ts';

const { values } = parseArgs({
  options: {
    plan: { type: 'string', default: 'search-plan' },
    bundles: { type: 'string', default: 'search-bundles' },
  },
});
const outDir = process.env.CLIPPINGS_OUT_DIR ?? './dist';
try {
  await assembleSearch({
    planDir: values.plan!,
    bundlesDir: values.bundles!,
    outputRoot: path.resolve(outDir, 'pagefind'),
    cacheDir: cacheRoot,
    log: (message) => console.log(message),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
