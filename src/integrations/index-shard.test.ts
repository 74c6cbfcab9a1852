import { describe, expect, test } from 'vitest';
import { pathSegmentsOf } from './index-shard.ts';

describe('pathSegmentsOf', () => {
  test('decodes each segment of an article address, base included', () => {
    expect(pathSegmentsOf('/archive/2024/05/%E5%BF%AB%E6%89%8B%20%E7%9B%B4%E6%92%AD%25/')).toEqual(['archive', '2024', '05', '快手 直播%']);
  });

  test('refuses a segment that would leave the documents folder', () => {
    expect(() => pathSegmentsOf('/a/%2E%2E%2Fetc/')).toThrow(/unsafe path segment/);
    expect(() => pathSegmentsOf('/a/..%5Cx/')).toThrow(/unsafe path segment/);
  });
});
