import { describe, expect, test } from 'vitest';
import { fingerprintShard } from './fingerprint-shard.ts';
import type { SearchRecord } from './search-record.ts';

const record: SearchRecord = {
  href: '/2022/02/a/',
  title: '标题',
  date: '2022-02-23T09:50:30.000Z',
  source: '36kr',
  categories: [['新媒体', '36kr']],
  tags: ['快手'],
  htmlKey: 'abc',
};

describe('fingerprintShard', () => {
  test('changes when an article body, title, link or tag changes', () => {
    const base = fingerprintShard([record], 'v1');
    for (const changed of [
      { ...record, htmlKey: 'abd' },
      { ...record, title: '新标题' },
      { ...record, href: '/2022/02/b/' },
      { ...record, tags: ['快手', '电商'] },
    ]) {
      expect(fingerprintShard([changed], 'v1')).not.toBe(base);
    }
  });

  test('changes with the settings salt and with an added article', () => {
    const base = fingerprintShard([record], 'v1');
    expect(fingerprintShard([record], 'v2')).not.toBe(base);
    expect(fingerprintShard([record, { ...record, href: '/b/' }], 'v1')).not.toBe(base);
  });

  test('stays the same for the same articles', () => {
    expect(fingerprintShard([{ ...record }], 'v1')).toBe(fingerprintShard([record], 'v1'));
  });
});
