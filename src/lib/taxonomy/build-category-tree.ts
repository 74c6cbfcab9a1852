import { toHref } from '../article/permalink.ts';
import { allocateSlugs, compareCodePoints, RESERVED_TAXONOMY_SEGMENTS, type Slugify } from './allocate-slugs.ts';

/** The little an article must have to be filed in the category tree. */
export interface Categorized {
  categories: string[][];
}

/** One category of the tree. Every article appears once per node, even if several of its hierarchies meet there. */
export interface CategoryNode<T extends Categorized> {
  name: string;
  /** Names from the root to this node. */
  names: string[];
  /** URL segments from the root to this node (names made path-safe and distinct among siblings). */
  slugs: string[];
  /** Link to the node's page, base path included, percent-encoded. */
  href: string;
  /** Articles filed here or in a descendant, in the order they were given (newest first). */
  articles: T[];
  /** How many articles are filed exactly here. */
  directCount: number;
  /** Sub-categories, most articles first, then by name. */
  children: CategoryNode<T>[];
}

/** The whole category tree: top-level nodes and every node in depth-first order. */
export interface CategoryTree<T extends Categorized> {
  roots: CategoryNode<T>[];
  nodes: CategoryNode<T>[];
}

/**
 * File articles under every level of each of their category hierarchies (Hexo semantics: `[新媒体, 36kr, 资讯]`
 * is 新媒体 › 36kr › 资讯; a parent counts its descendants). Linear in the number of (article, level) pairs.
 */
export function buildCategoryTree<T extends Categorized>(
  articles: T[],
  base: string,
  categoryMap: Readonly<Record<string, string>> = {},
  slugify?: Slugify,
): CategoryTree<T> {
  const root = createNode<T>('', []);
  const childrenByName = new Map<CategoryNode<T>, Map<string, CategoryNode<T>>>();
  const childNamed = (parent: CategoryNode<T>, name: string): CategoryNode<T> => {
    let index = childrenByName.get(parent);
    if (!index) childrenByName.set(parent, (index = new Map()));
    let child = index.get(name);
    if (!child) {
      child = createNode<T>(name, [...parent.names, name]);
      index.set(name, child);
      parent.children.push(child);
    }
    return child;
  };
  for (const article of articles) {
    for (const hierarchy of article.categories) {
      let node = root;
      for (const name of hierarchy) {
        node = childNamed(node, name);
        // Articles arrive in order, so the last one filed here is the only possible duplicate.
        if (node.articles.at(-1) !== article) node.articles.push(article);
      }
      if (node !== root) node.directCount++;
    }
  }
  const nodes: CategoryNode<T>[] = [];
  finish(root, base, nodes, categoryMap, slugify);
  return { roots: root.children, nodes };
}

function createNode<T extends Categorized>(name: string, names: string[]): CategoryNode<T> {
  return { name, names, slugs: [], href: '', articles: [], directCount: 0, children: [] };
}

/** Give children their slugs and links, sort them, and list every node depth-first. */
function finish<T extends Categorized>(
  node: CategoryNode<T>,
  base: string,
  nodes: CategoryNode<T>[],
  categoryMap: Readonly<Record<string, string>>,
  slugify: Slugify | undefined,
): void {
  const slugs = allocateSlugs(node.children.map((child) => child.name), RESERVED_TAXONOMY_SEGMENTS, categoryMap, slugify);
  node.children.sort((a, b) => b.articles.length - a.articles.length || compareCodePoints(a.name, b.name));
  for (const child of node.children) {
    child.slugs = [...node.slugs, slugs.get(child.name)!];
    child.href = toHref(`categories/${child.slugs.join('/')}/`, base);
    nodes.push(child);
    finish(child, base, nodes, categoryMap, slugify);
  }
}
