import type { APIContext } from 'astro';
import { config, getSiteModel } from '../../../content/archive.ts';
import { respondWithFeed } from '../../../content/feed.ts';
import type { Article } from '../../../lib/archive/build-archive.ts';
import { feedCacheKey } from '../../../lib/archive/route-cache-key.ts';
import type { CategoryNode } from '../../../lib/taxonomy/build-category-tree.ts';

export async function getStaticPaths() {
  const site = await getSiteModel();
  return site.categories.nodes.map((node) => ({
    params: { path: node.slugs.join('/') },
    props: { node },
    cacheKey: feedCacheKey(site.fingerprint, node.names.join(' › '), node.articles, config.taxonomyFeedItems),
  }));
}

export function GET(context: APIContext<{ node: CategoryNode<Article> }>) {
  const { node } = context.props;
  return respondWithFeed({
    title: `${config.title} · ${node.names.join(' › ')}`,
    description: `${config.title}中「${node.names.join(' › ')}」分类的最新文章`,
    pageUrl: new URL(node.href, context.site ?? config.site),
    feedUrl: new URL(`${node.href}rss.xml`, context.site ?? config.site),
    articles: node.articles,
    limit: config.taxonomyFeedItems,
  });
}
