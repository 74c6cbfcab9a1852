import { select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { renderRedirectPage } from './render-redirect-page.ts';

const fromHtml = (html: string) => unified().use(rehypeParse).parse(html);

const options = {
  href: '/blog/2026/02/75_%EF%BC%8C%E6%BE%B3%E6%B4%B2/',
  canonical: 'https://blog.example.com/blog/2026/02/75_%EF%BC%8C%E6%BE%B3%E6%B4%B2/',
  title: '老博客',
  lang: 'zh-CN',
  contentSecurityPolicy: "default-src 'self'" as const,
};

describe('renderRedirectPage', () => {
  test('refreshes to the new address at once, names it canonical, keeps the old one out of indexes', () => {
    const page = fromHtml(renderRedirectPage(options));
    expect(select('meta[http-equiv=refresh]', page)!.properties.content).toBe(`0; url=${options.href}`);
    expect(select('link[rel=canonical]', page)!.properties.href).toBe(options.canonical);
    expect(select('meta[name=robots]', page)!.properties.content).toBe('noindex');
    expect(select('a', page)!.properties.href).toBe(options.href);
    expect(select('html', page)!.properties.lang).toBe('zh-CN');
    expect(select('meta[http-equiv=Content-Security-Policy]', page)!.properties.content).toBe("default-src 'self'");
  });

  test('shows the address as readers read it', () => {
    expect(renderRedirectPage(options)).toContain('>/blog/2026/02/75_，澳洲/</a>');
  });

  test('escapes what it is given, so a hostile title or address stays text', () => {
    const html = renderRedirectPage({ ...options, title: '</title><script>alert(1)</script>', href: '/a"><script>alert(2)</script>/' });
    const page = fromHtml(html);
    expect(select('script', page)).toBeUndefined();
    expect(select('title', page)!.children).toHaveLength(1);
    expect(select('a', page)!.properties.href).toBe('/a"><script>alert(2)</script>/');
  });

  test('leaves the policy to the server when told to', () => {
    expect(renderRedirectPage({ ...options, contentSecurityPolicy: false })).not.toContain('Content-Security-Policy');
  });
});
