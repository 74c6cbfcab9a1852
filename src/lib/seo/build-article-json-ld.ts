/** What a NewsArticle description needs of an article. */
export interface JsonLdArticle {
  title: string;
  date: Date;
  updated?: Date;
  author?: string;
  excerpt: string;
  cover?: string;
  tags: string[];
  categories: string[][];
}

/** schema.org NewsArticle for an article page; serialize it with `serializeJsonLd`. */
export function buildArticleJsonLd(article: JsonLdArticle, url: string, siteName: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.date.toISOString(),
    dateModified: (article.updated ?? article.date).toISOString(),
    ...(article.author ? { author: { '@type': 'Organization', name: article.author } } : {}),
    ...(article.cover ? { image: [article.cover] } : {}),
    description: article.excerpt,
    keywords: article.tags.join(','),
    articleSection: article.categories[0]?.join(' / '),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    publisher: { '@type': 'Organization', name: siteName },
  };
}
