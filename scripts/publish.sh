#!/bin/sh
# The GitHub Actions workflow (.github/workflows/publish.yml) as a plain script, for any other CI or a cron job:
#   DEPLOY_DIR=/var/www/archive CLIPPINGS_SITE=https://example.org CLIPPINGS_BASE=/archive/ scripts/publish.sh
# The build cache lives in .clippings-cache (not node_modules/.astro, which `npm ci` deletes): keep that folder
# between runs, and an unchanged article is not processed again, an unchanged page is copied, an unchanged search
# shard is reused.
set -eu
cd "$(dirname "$0")/.."
export CLIPPINGS_CACHE_DIR="${CLIPPINGS_CACHE_DIR:-.clippings-cache}"
npm ci --no-audit --no-fund
if [ -f feeds.txt ]; then
  # Failed feeds and rejected items are reported; the run goes on with what was imported.
  grep -v '^[[:space:]]*\(#\|$\)' feeds.txt | tr '\n' '\0' | xargs -0 -r npm run import -- || echo "Some feeds or items were not imported; see above." >&2
fi
npm run build
if [ -n "${DEPLOY_DIR:-}" ]; then
  mkdir -p "$DEPLOY_DIR"
  rsync -a --delete dist/ "$DEPLOY_DIR/"
fi
