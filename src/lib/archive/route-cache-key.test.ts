import { describe, expect, test } from 'vitest';
import { routeCacheKey } from './route-cache-key.ts';

describe('routeCacheKey', () => {
  test('changes with what the page shows and with the site settings', () => {
    const key = routeCacheKey('site-a', { title: '标题', date: new Date('2022-02-23T09:50:30Z') });
    expect(routeCacheKey('site-a', { title: '新标题', date: new Date('2022-02-23T09:50:30Z') })).not.toBe(key);
    expect(routeCacheKey('site-a', { title: '标题', date: new Date('2022-02-24T09:50:30Z') })).not.toBe(key);
    expect(routeCacheKey('site-b', { title: '标题', date: new Date('2022-02-23T09:50:30Z') })).not.toBe(key);
  });

  test('is stable for equal content', () => {
    expect(routeCacheKey('s', { a: [1, '二'] })).toBe(routeCacheKey('s', { a: [1, '二'] }));
  });
});
