// Marks the words a reader searched for when they open an article from the search page (`?highlight=…`),
// with Pagefind's own highlighter, loaded only then. `addStyles: false` because injecting a <style> element
// would break a strict Content-Security-Policy; src/styles/search.css and global.css style the marks.
import { HIGHLIGHT_PARAM } from './search/highlight-param.ts';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(() => {
      const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (options: object) => unknown };
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: '.prose', addStyles: false });
    })
    .catch(() => {
      // No index (the dev server) or offline: the article reads fine without marks.
    });
}
