import { describe, expect, test } from 'vitest';
import { resolveConfig } from './resolve-config.ts';

describe('resolveConfig', () => {
  test('rejects an unknown time zone with the field named', () => {
    expect(() => resolveConfig({ timeZone: 'Mars/Olympus' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: clippings.config.mjs is invalid (environment variables included):
      - \`timeZone\`: expected an IANA time zone name such as Asia/Shanghai
      Fix these values and build again.]
    `);
  });

  test('rejects a page size of zero', () => {
    expect(() => resolveConfig({ pageSize: 0 })).toThrow(/pageSize/);
  });

  test('applies the documented defaults', () => {
    const config = resolveConfig();
    expect(config.contentDir).toBe('content');
    expect(config.timeZone).toBe('Asia/Shanghai');
    expect(config.permalink).toBe(':year/:month/:name/');
    expect(config.pageSize).toBe(20);
    expect(config.lenient).toBe(false);
    expect(config.lang).toBe('zh-CN');
  });

  test('lets environment variables override the file', () => {
    const config = resolveConfig(
      { contentDir: 'content', lenient: false },
      { CLIPPINGS_CONTENT_DIR: '../blog/source/_posts', CLIPPINGS_LENIENT: '1', CLIPPINGS_TIMEZONE: 'UTC', CLIPPINGS_PAGE_SIZE: '5', CLIPPINGS_BASE: '/archive/', CLIPPINGS_SEARCH_SHARD_SIZE: '200', CLIPPINGS_SEARCH_CONCURRENCY: '2' },
    );
    expect(config.searchShardSize).toBe(200);
    expect(config.searchConcurrency).toBe(2);
    expect(config.base).toBe('/archive/');
    expect(config.contentDir).toBe('../blog/source/_posts');
    expect(config.lenient).toBe(true);
    expect(config.timeZone).toBe('UTC');
    expect(config.pageSize).toBe(5);
  });

  test('reads CLIPPINGS_LENIENT=0 as off', () => {
    expect(resolveConfig({ lenient: true }, { CLIPPINGS_LENIENT: '0' }).lenient).toBe(false);
  });
});
