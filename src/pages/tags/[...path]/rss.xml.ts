import type { APIContext } from 'astro';
import { config, getSiteModel } from '../../../content/archive.ts';
import { respondWithFeed } from '../../../content/feed.ts';
import type { Article } from '../../../lib/archive/build-archive.ts';
import type { TagEntry } from '../../../lib/taxonomy/build-tag-index.ts';

export async function getStaticPaths() {
  const { tags } = await getSiteModel();
  return tags.map((tag) => ({ params: { path: tag.slug }, props: { tag } }));
}

export function GET(context: APIContext<{ tag: TagEntry<Article> }>) {
  const { tag } = context.props;
  return respondWithFeed({
    title: `${config.title} · #${tag.name}`,
    description: `${config.title}中标签「${tag.name}」的最新文章`,
    site: context.site,
    articles: tag.articles,
    limit: config.taxonomyFeedItems,
  });
}
