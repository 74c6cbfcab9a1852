import { describe, expect, test } from 'vitest';
import { buildCategoryTree } from './build-category-tree.ts';

const article = (id: string, ...categories: string[][]) => ({ id, categories });

describe('buildCategoryTree', () => {
  test('gives an archive without categories an empty tree', () => {
    expect(buildCategoryTree([article('a')], '/')).toEqual({ roots: [], nodes: [] });
  });

  test('files an article under every level of its hierarchy', () => {
    const a = article('a', ['新媒体', '36kr', '资讯']);
    const { roots, nodes } = buildCategoryTree([a], '/');
    expect(nodes.map((node) => node.names.join(' › '))).toEqual(['新媒体', '新媒体 › 36kr', '新媒体 › 36kr › 资讯']);
    expect(nodes.map((node) => node.articles)).toEqual([[a], [a], [a]]);
    expect(nodes.map((node) => node.directCount)).toEqual([0, 0, 1]);
    expect(roots[0]!.children[0]!.children[0]!.href).toBe(
      `/categories/${encodeURIComponent('新媒体')}/36kr/${encodeURIComponent('资讯')}/`,
    );
  });

  test('counts descendants in a parent, each article once', () => {
    const a = article('a', ['新媒体', '36kr', '资讯']);
    const b = article('b', ['新媒体', '199IT']);
    const c = article('c', ['新媒体', '36kr', '快讯'], ['新媒体', '36kr', '资讯']);
    const { roots } = buildCategoryTree([c, b, a], '/');
    const media = roots[0]!;
    expect(media.articles.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(media.children.map((child) => [child.name, child.articles.length])).toEqual([
      ['36kr', 2],
      ['199IT', 1],
    ]);
    expect(media.children[0]!.children.map((child) => [child.name, child.articles.length])).toEqual([
      ['资讯', 2],
      ['快讯', 1],
    ]);
  });

  test('files an article with several hierarchies under each', () => {
    const a = article('a', ['编程'], ['设计', 'Axis Studios']);
    const { roots } = buildCategoryTree([a], '/');
    expect(roots.map((root) => root.name).sort()).toEqual(['编程', '设计']);
  });

  test('gives colliding and slash-containing names distinct working URLs', () => {
    const { nodes } = buildCategoryTree([article('a', ['A/B']), article('b', ['A_B']), article('c', ['page'])], '/archive/');
    const hrefs = nodes.map((node) => node.href);
    expect(new Set(hrefs).size).toBe(3);
    expect(hrefs).toContain('/archive/categories/A_B/');
    expect(hrefs).toContain('/archive/categories/A_B-2/');
    expect(hrefs).toContain('/archive/categories/page-2/');
  });
});
