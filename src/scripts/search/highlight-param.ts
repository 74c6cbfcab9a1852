/** Query parameter that makes article pages mark the words a reader searched for (pagefind-highlight.js). */
export const HIGHLIGHT_PARAM = 'highlight';
