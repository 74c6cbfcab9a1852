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
    expect(plan.all).toBe('人工 智能 发展');
    expect(plan.exact).toBe('"人工 智能 发展"');
  });

  test('also searches without the first word of a Chinese unit, which may end a longer word in the text', () => {
    expect(planSearchQuery('智能发展')!.rest).toBe('发展');
    expect(planSearchQuery('快手')!.rest).toBeUndefined();
    expect(planSearchQuery('open source')!.rest).toBeUndefined();
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
    expect(plan.phraseKeys).toEqual(['术冷']);
  });
});
