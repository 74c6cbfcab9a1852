import { defineCollection } from 'astro:content';
import { articleIndexFile, config, contentRoot, htmlCacheDir } from './config.ts';
import { articlesLoader } from './content/loader.ts';

const articles = defineCollection({
  loader: articlesLoader({
    contentRoot,
    htmlCacheDir,
    indexFile: articleIndexFile,
    timeZone: config.timeZone,
    permalinkPattern: config.permalink,
    lenient: config.lenient,
    include: config.include,
  }),
});

export const collections = { articles };
