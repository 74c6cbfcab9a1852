import { ClippingsConfigSchema, type ClippingsConfig, type ClippingsUserConfig } from './config-schema.ts';

/** Environment variables that override the config file, so CI and one-off builds need no edit. */
export interface ConfigEnvironment {
  CLIPPINGS_CONTENT_DIR?: string | undefined;
  CLIPPINGS_LENIENT?: string | undefined;
  CLIPPINGS_INCLUDE?: string | undefined;
  CLIPPINGS_TIMEZONE?: string | undefined;
  CLIPPINGS_SITE?: string | undefined;
  CLIPPINGS_BASE?: string | undefined;
  CLIPPINGS_PAGE_SIZE?: string | undefined;
  CLIPPINGS_SEARCH_SHARD_SIZE?: string | undefined;
  CLIPPINGS_SEARCH_CONCURRENCY?: string | undefined;
  [name: string]: string | undefined;
}

/** Apply environment overrides and defaults to the user's config; throw one readable error listing every bad field. */
export function resolveConfig(user: ClippingsUserConfig = {}, env: ConfigEnvironment = {}): ClippingsConfig {
  const merged: Record<string, unknown> = { ...user };
  if (env.CLIPPINGS_CONTENT_DIR) merged.contentDir = env.CLIPPINGS_CONTENT_DIR;
  if (env.CLIPPINGS_INCLUDE) merged.include = env.CLIPPINGS_INCLUDE;
  if (env.CLIPPINGS_TIMEZONE) merged.timeZone = env.CLIPPINGS_TIMEZONE;
  if (env.CLIPPINGS_SITE) merged.site = env.CLIPPINGS_SITE;
  if (env.CLIPPINGS_BASE) merged.base = env.CLIPPINGS_BASE;
  if (env.CLIPPINGS_PAGE_SIZE) merged.pageSize = Number(env.CLIPPINGS_PAGE_SIZE);
  if (env.CLIPPINGS_SEARCH_SHARD_SIZE) merged.searchShardSize = env.CLIPPINGS_SEARCH_SHARD_SIZE === 'auto' ? 'auto' : Number(env.CLIPPINGS_SEARCH_SHARD_SIZE);
  if (env.CLIPPINGS_SEARCH_CONCURRENCY) merged.searchConcurrency = Number(env.CLIPPINGS_SEARCH_CONCURRENCY);
  if (env.CLIPPINGS_LENIENT !== undefined && env.CLIPPINGS_LENIENT !== '') {
    merged.lenient = isTruthy(env.CLIPPINGS_LENIENT);
  }
  const result = ClippingsConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `- \`${issue.path.join('.')}\`: ${issue.message}`,
    );
    throw new Error(
      `clippings.config.mjs is invalid (environment variables included):\n${lines.join('\n')}\nFix these values and build again.`,
    );
  }
  return result.data;
}

function isTruthy(value: string): boolean {
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}
