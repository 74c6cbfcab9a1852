import { describe, expect, test } from 'vitest';
import { planSearchQuery } from './plan-search-query.ts';

describe('planSearchQuery', () => {
  test('has no plan for a query without words', () => {
    expect(planSearchQuery('')).toBeUndefined();
    expect(planSearchQuery(' ，。！ ')).toBeUndefined();
  });

  test('cuts a unit as the index is cut, and asks Pagefind for the words and the exact phrase', () => {
    const plan = planSearchQuery('人工智能发展')!;
    expect(plan.units).toEqual([{ text: '人工智能发展', tokens: ['人工', '智能', '发展'], latin: false }]);
    expect(plan.all).toEqual({ text: '人工 智能 发展', offsets: [0, 1, 2] });
    expect(plan.exact).toEqual({ text: '"人工 智能 发展"', offsets: [0, 1, 2] });
  });

  test('asks for no exact search for one Chinese word, which the normal search finds wherever the exact one would', () => {
    for (const query of ['快手', '"快手"', '中国']) {
      const plan = planSearchQuery(query)!;
      expect(plan.exact).toBeUndefined();
      expect(plan.all.text).toBe(plan.units[0]!.tokens[0]);
    }
    // A Latin word keeps it: the exact search finds the whole word before the words that only start with it.
    expect(planSearchQuery('apple')!.exact).toEqual({ text: '"apple"', offsets: [0] });
    expect(planSearchQuery('中国 移动')!.exact).toEqual({ text: '"中国 移动"', offsets: [0, 1] });
  });

  test('also searches without the first word of a Chinese unit, which may end a longer word in the text', () => {
    expect(planSearchQuery('智能发展')!.rest).toEqual({ text: '发展', offsets: [0] });
    expect(planSearchQuery('快手')!.rest).toBeUndefined();
    expect(planSearchQuery('open source')!.rest).toBeUndefined();
  });

  test('asks Pagefind for at most three words of a long phrase, the longest of each unit first, as typed', () => {
    const plan = planSearchQuery('正着国家老奶奶国家于')!;
    expect(plan.units[0]!.tokens).toEqual(['正', '着', '国家', '老奶奶', '国家', '于']);
    expect(plan.all).toEqual({ text: '正 国家 老奶奶', offsets: [0, 2, 3] });
    expect(plan.exact).toEqual({ text: '"国家 老奶奶 国家"', offsets: [0, 1, 2] });
    const spaced = planSearchQuery('中华人民共和国 成立 于')!;
    expect(spaced.all.text.split(' ')).toEqual(['共和国', '成立', '于']);
  });

  test('makes each text between spaces a unit, and a quoted query one unit', () => {
    expect(planSearchQuery('iPhone  销量')!.units.map((unit) => unit.tokens)).toEqual([['iphone'], ['销量']]);
    expect(planSearchQuery('"open source"')).toMatchObject({ quoted: true, units: [{ tokens: ['open', 'source'] }] });
    expect(planSearchQuery('“人工 智能”')).toMatchObject({ quoted: true, units: [{ tokens: ['人工', '智能'] }] });
  });

  test('normalizes case, width and the decimal point as the index does', () => {
    expect(planSearchQuery('ＡＰＰ 3.5亿')!.units.map((unit) => unit.tokens)).toEqual([['app'], ['35', '亿']]);
  });

  test('asks the router for the keys of every unit, and for the junction of units as a phrase', () => {
    const plan = planSearchQuery('艺术 冷')!;
    expect(plan.keys).toEqual(['艺术']);
    expect(plan.phraseKeys).toEqual(['艺术冷']);
    // Runs of three stand for the pairs inside them: each key is a file to download.
    const long = planSearchQuery('人工智能 发展')!;
    expect(long.keys.sort()).toEqual(['人工智', '工智能', '发展'].sort());
    expect(long.phraseKeys.sort()).toEqual(['智能发', '能发展'].sort());
  });
});
