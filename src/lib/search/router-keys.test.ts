import { describe, expect, test } from 'vitest';
import { addRouterKeys, createRouterKeySet, routerKeysOf, routerKeyStrings } from './router-keys.ts';
import { BREAK_TOKEN } from './tokenize-search-text.ts';

describe('routerKeysOf', () => {
  test('has no keys for a single character or punctuation', () => {
    expect(routerKeysOf(['快'])).toEqual([]);
    expect(routerKeysOf(['，', 'a', BREAK_TOKEN])).toEqual([]);
  });

  test('pairs adjacent Chinese characters, across word boundaries', () => {
    expect(routerKeysOf(['淘', '宝', '京东'])).toEqual(['淘宝', '宝京', '京东']);
  });

  test('never pairs characters across punctuation or a break', () => {
    expect(routerKeysOf(['快手', '，', '电商'])).toEqual(['快手', '电商']);
    expect(routerKeysOf(['北京', BREAK_TOKEN, '上海'])).toEqual(['北京', '上海']);
  });

  test('keys other words by their starts of 2 to 4 normalized characters', () => {
    expect(routerKeysOf(['iPhone'])).toEqual(['ip', 'iph', 'ipho']);
    expect(routerKeysOf(['3.5', '亿'])).toEqual(['35']);
    expect(routerKeysOf(['AI', '芯片']).sort()).toEqual(['ai', '芯片']);
  });

  test('keys pairs of rare characters as well as common ones', () => {
    expect(routerKeysOf(['𠀀𠀁', '丁']).sort()).toEqual(['𠀀𠀁', '𠀁丁'].sort());
    expect(routerKeysOf(['豈', '丁'])).toEqual(['豈丁']);
  });

  test('gives a query the keys of the text it was typed from', () => {
    const article = routerKeysOf(['苹果', '发布', 'iPhone', '15', '，', '销量', '增长']);
    for (const key of routerKeysOf(['果', '发布', 'iphone'])) expect(article).toContain(key);
  });
});

describe('createRouterKeySet', () => {
  test('keeps the same keys in a bit set as in a Set, for any text', () => {
    // Texts of common and rare Chinese characters, Latin words and punctuation, drawn with a fixed seed.
    let seed = 7;
    const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const alphabet = ['快', '手', '电', '商', '一', '龥', '㐀', '𠀀', '豈', 'ab', 'iPhone', '3.5', '，', BREAK_TOKEN];
    const sparse = createRouterKeySet();
    const dense = createRouterKeySet({ dense: true });
    for (let text = 0; text < 200; text++) {
      const tokens = Array.from({ length: 1 + random(40) }, () => alphabet[random(alphabet.length)]!);
      addRouterKeys(tokens, sparse);
      addRouterKeys(tokens, dense);
    }
    expect(dense.pairs.size).toBeGreaterThan(10);
    expect(dense.pairs.size).toBe(sparse.pairs.size);
    expect([...routerKeyStrings(dense)].sort()).toEqual([...routerKeyStrings(sparse)].sort());
  });
});
