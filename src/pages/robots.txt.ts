import type { APIContext } from 'astro';

/** robots.txt pointing crawlers at the sitemap index, which @astrojs/sitemap splits beyond 45,000 URLs. */
export function GET(context: APIContext) {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, context.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
