import { describe, expect, test } from 'vitest';
import { labelCategories } from './label-categories.ts';

const node = (...names: string[]) => ({ names });

describe('labelCategories', () => {
  test('labels a category by its own name when no other shares it', () => {
    const nodes = [node('新媒体'), node('新媒体', '36kr'), node('新媒体', '36kr', '资讯')];
    expect([...labelCategories(nodes).values()]).toEqual(['新媒体', '36kr', '资讯']);
  });

  test('adds parents until categories that share a name read apart', () => {
    const nodes = [node('新媒体', '36kr', '资讯'), node('新媒体', '199IT', '资讯'), node('科技', '36kr', '资讯'), node('科技', '36kr')];
    const labels = labelCategories(nodes);
    expect(nodes.map((n) => labels.get(n))).toEqual(['新媒体 › 36kr › 资讯', '199IT › 资讯', '科技 › 36kr › 资讯', '36kr']);
  });

  test('tells every category of any tree apart, each by the shortest end of its path that does', () => {
    let seed = 9;
    const next = (max: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % max;
    const words = ['资讯', '首页更新', '36kr', '科技', '新媒体', 'AI'];
    for (let tree = 0; tree < 50; tree++) {
      const paths = new Map<string, string[]>();
      for (let i = 0; i < 40; i++) {
        const path = Array.from({ length: 1 + next(3) }, () => words[next(words.length)]!);
        // Every prefix of a category is a category too, as in a real tree.
        for (let depth = 1; depth <= path.length; depth++) paths.set(path.slice(0, depth).join('/'), path.slice(0, depth));
      }
      const nodes = [...paths.values()].map((names) => node(...names));
      const labels = labelCategories(nodes);
      expect(new Set(labels.values()).size).toBe(nodes.length);
      for (const n of nodes) {
        const label = labels.get(n)!;
        const depth = label.split(' › ').length;
        expect(n.names.slice(-depth).join(' › ')).toBe(label);
        if (depth > 1) {
          // One level less would clash with another category.
          const shorter = n.names.slice(-(depth - 1)).join('/');
          expect(nodes.some((other) => other !== n && other.names.slice(-(depth - 1)).join('/') === shorter)).toBe(true);
        }
      }
    }
  });
});
