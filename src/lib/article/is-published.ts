/** What decides whether an article is public. */
export interface PublishableArticle {
  draft: boolean;
  date: Date;
}

/** When {@link isPublished} is asked. */
export interface PublishOptions {
  /** Show drafts and future-dated articles too (development). */
  includeDrafts: boolean;
  /** The build's clock, passed in so one build uses one instant. */
  now: Date;
}

/** Whether an article is shown: drafts and articles dated in the future only when `includeDrafts`. */
export function isPublished(article: PublishableArticle, options: PublishOptions): boolean {
  if (options.includeDrafts) return true;
  return !article.draft && article.date.getTime() <= options.now.getTime();
}
