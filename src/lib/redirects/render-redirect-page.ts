import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** What a redirect page says, all of it untrusted text: hast escapes it. */
export interface RedirectPageOptions {
  /** Where the reader goes: an href from `toHref` (base included, percent-encoded). */
  href: string;
  /** The same address, absolute, for search engines. */
  canonical: string;
  /** Site title. */
  title: string;
  /** `<html lang>`. */
  lang: string;
  /** The site's Content-Security-Policy, or false when the server sends it. */
  contentSecurityPolicy: string | false;
}

/**
 * A static page that sends the reader from an old address to its new one: a meta refresh (works on any static
 * host, no server rules), a canonical link so that search engines move the old address's standing to the new one,
 * `noindex` so that the old address leaves their index, and a plain link for anything that ignores the refresh.
 */
export function renderRedirectPage(options: RedirectPageOptions): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: options.lang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          options.contentSecurityPolicy === false ? undefined : h('meta', { httpEquiv: 'Content-Security-Policy', content: options.contentSecurityPolicy }),
          h('title', `${options.title}`),
          h('meta', { httpEquiv: 'refresh', content: `0; url=${options.href}` }),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('link', { rel: 'canonical', href: options.canonical }),
        ]),
        h('body', [h('p', ['此页已移至 ', h('a', { href: options.href }, decodeForDisplay(options.href)), '。'])]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

/** The address as a reader would read it (`/2022/02/快手/`), or as it is when it does not decode. */
function decodeForDisplay(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
