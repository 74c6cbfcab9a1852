import { describe, expect, test } from 'vitest';
import { toPagefindQuery } from './search-query.ts';

describe('toPagefindQuery', () => {
  test('drops the quotes around a Chinese phrase, which Pagefind would match word by word in jieba\'s cut', () => {
    expect(toPagefindQuery('"律发起一旦人调试顿在"')).toBe('律发起一旦人调试顿在');
    expect(toPagefindQuery(' "快手 电商" ')).toBe('快手 电商');
  });

  test('keeps quotes around other text, and leaves unquoted queries alone', () => {
    expect(toPagefindQuery('"open source"')).toBe('"open source"');
    expect(toPagefindQuery('快手')).toBe('快手');
    expect(toPagefindQuery('"快手')).toBe('"快手');
  });
});
