import type { APIContext } from 'astro';
import { config, getSiteModel } from '../../../content/archive.ts';
import { respondWithFeed } from '../../../content/feed.ts';
import type { Article } from '../../../lib/archive/build-archive.ts';
import { feedCacheKey } from '../../../lib/archive/route-cache-key.ts';
import type { TagEntry } from '../../../lib/taxonomy/build-tag-index.ts';

export async function getStaticPaths() {
  const site = await getSiteModel();
  return site.tags.map((tag) => ({
    params: { path: tag.slug },
    props: { tag },
    cacheKey: feedCacheKey(site.fingerprint, tag.name, tag.articles, config.taxonomyFeedItems),
  }));
}

export function GET(context: APIContext<{ tag: TagEntry<Article> }>) {
  const { tag } = context.props;
  return respondWithFeed({
    title: `${config.title} · #${tag.name}`,
    description: `${config.title}中标签「${tag.name}」的最新文章`,
    pageUrl: new URL(tag.href, context.site ?? config.site),
    feedUrl: new URL(`${tag.href}rss.xml`, context.site ?? config.site),
    articles: tag.articles,
    limit: config.taxonomyFeedItems,
  });
}
