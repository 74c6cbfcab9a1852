import type { APIContext } from 'astro';
import { config, getSiteModel } from '../content/archive.ts';
import { respondWithFeed } from '../content/feed.ts';

export async function GET(context: APIContext) {
  const { articles } = await getSiteModel();
  return respondWithFeed({
    title: config.title,
    description: config.description,
    pageUrl: new URL(import.meta.env.BASE_URL, context.site ?? config.site),
    feedUrl: new URL(`${import.meta.env.BASE_URL}rss.xml`, context.site ?? config.site),
    articles,
    limit: config.feedItems,
  });
}
