import type { APIContext } from 'astro';
import { config, getSiteModel } from '../content/archive.ts';
import { respondWithFeed } from '../content/feed.ts';

export async function GET(context: APIContext) {
  const { articles } = await getSiteModel();
  return respondWithFeed({
    title: config.title,
    description: config.description,
    site: context.site,
    articles,
    limit: config.feedItems,
  });
}
