import { describe, expect, test } from 'vitest';
import { addRouterKeys, createRouterKeySet, lookupKeys, NumberSet, routerKeysOf, routerKeyStrings } from './router-keys.ts';
import { BREAK_TOKEN } from './tokenize-search-text.ts';

describe('routerKeysOf', () => {
  test('has no keys for a single character or punctuation', () => {
    expect(routerKeysOf(['快'])).toEqual([]);
    expect(routerKeysOf(['，', 'a', BREAK_TOKEN])).toEqual([]);
  });

  test('pairs adjacent Chinese characters and takes runs of three, across word boundaries', () => {
    expect(routerKeysOf(['淘', '宝', '京东'])).toEqual(['淘宝', '宝京', '京东', '淘宝京', '宝京东']);
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
    expect(routerKeysOf(['𠀀𠀁', '丁']).sort()).toEqual(['𠀀𠀁', '𠀁丁', '𠀀𠀁丁'].sort());
    expect(routerKeysOf(['豈', '丁'])).toEqual(['豈丁']);
    expect(routerKeysOf(['豈', '丁丁']).sort()).toEqual(['丁丁', '豈丁', '豈丁丁'].sort());
  });

  test('gives a query the keys of the text it was typed from', () => {
    const article = routerKeysOf(['苹果', '发布', 'iPhone', '15', '，', '销量', '增长']);
    for (const key of routerKeysOf(['果', '发布', 'iphone'])) expect(article).toContain(key);
  });
});

describe('lookupKeys', () => {
  test('leaves out the pairs inside a run of three, and nothing else', () => {
    const keys = routerKeysOf(['人工', '智能', '，', '中国', 'iPhone']);
    expect(lookupKeys(keys).sort()).toEqual(['人工智', '工智能', '中国', 'ip', 'iph', 'ipho'].sort());
    // Whatever the text, a shard holding a query's lookup keys holds all its keys: each left-out pair is in a run kept.
    for (const tokens of [['快', '手'], ['淘', '宝', '京东'], ['𠀀𠀁', '丁'], ['a', '中', '国', '人']]) {
      const all = routerKeysOf(tokens);
      const kept = lookupKeys(all);
      for (const key of all.filter((key) => !kept.includes(key))) expect(kept.some((run) => run.includes(key))).toBe(true);
    }
  });
});

describe('NumberSet', () => {
  test('holds the same numbers as a Set, through growing, up to the largest triple', () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const numbers = new NumberSet();
    const reference = new Set<number>();
    const added: number[] = [0];
    for (let i = 0; i < 200_000; i++) {
      // Values up to 2⁴⁴ (three characters' code), many repeated.
      const value = i % 3 === 0 ? added[random() % added.length]! : (random() % 0x5200) * 0x5200 * 0x5200 + (random() % 0x1000000);
      numbers.add(value);
      reference.add(value);
      added.push(value);
      if (i % 50_000 === 0) expect(numbers.size).toBe(reference.size);
    }
    expect(numbers.size).toBe(reference.size);
    expect([...numbers.values()].sort((a, b) => a - b)).toEqual([...reference].sort((a, b) => a - b));
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
