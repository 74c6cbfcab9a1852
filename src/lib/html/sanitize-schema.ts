import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { EMBED_RATIOS } from './rehype-embeds.ts';
import { LONG_RUNS_CLASS } from './rehype-mark-long-runs.ts';
import { TABLE_SCROLL_CLASS } from './rehype-scroll-tables.ts';

const defaultAttributes = defaultSchema.attributes ?? {};

/**
 * The rehype-sanitize schema for article bodies: GitHub's default schema (tables, lists, footnotes,
 * task lists) plus exactly the markup our plugins emit. Every addition says which plugin needs it.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure', 'figcaption', // rehype-figure-captions: captioned images.
    'aside', // rehype-editor-note: the 36kr source attribution.
    'iframe', 'video', // rehype-embeds: video embeds; `source` is already allowed for `picture`.
  ],
  attributes: {
    ...defaultAttributes,
    // GitHub's schema lets any element keep `tabindex`: a scraped page's positive values would reorder the reader's
    // keyboard path through the whole page. Only rehype-scroll-tables' box is focusable (below).
    '*': (defaultAttributes['*'] ?? []).filter((attribute) => attribute !== 'tabIndex'),
    // rehype-external-links: only the link types it sets.
    a: [...(defaultAttributes.a ?? []), ['rel', 'nofollow', 'noopener', 'noreferrer']],
    // rehype-editor-note: the marker class, and no other.
    aside: [['className', 'editor-note']],
    // rehype-mark-long-runs: paragraphs set ragged.
    p: [...(defaultAttributes.p ?? []), ['className', LONG_RUNS_CLASS]],
    // rehype-scroll-tables: the scrolling box around a table, focusable and named; no other div attribute is kept.
    div: [...(defaultAttributes.div ?? []), ['className', TABLE_SCROLL_CLASS], ['tabIndex', 0, '0'], ['role', 'region'], 'ariaLabel'],
    // rehype-lazy-images: `src` is default, `alt`/`width`/`height` come from `*`; the rest only with the values it sets.
    img: [
      ...(defaultAttributes.img ?? []),
      ['loading', 'lazy', 'eager'],
      ['decoding', 'async'],
      ['fetchPriority', 'high'],
      ['referrerPolicy', 'no-referrer'],
    ],
    // rehype-embeds: HTTPS only (the regex is stricter than `protocols`), sandboxed unless a known video player, lazy;
    // width/height/title come from `*`.
    iframe: [
      ['src', /^https:\/\//i],
      ['loading', 'lazy'],
      ['referrerPolicy', 'strict-origin-when-cross-origin', 'no-referrer'],
      'allowFullScreen',
      // Never 'allow-same-origin' beside 'allow-scripts' (see rehype-embeds.ts).
      ['sandbox', 'allow-scripts', 'allow-presentation', 'allow-popups', 'allow-popups-to-escape-sandbox'],
      ['className', ...EMBED_RATIOS.map(([width, height]) => `embed-ratio-${width}-${height}`)],
    ],
    // rehype-embeds: click to play, nothing downloaded up front; `autoplay` is deliberately absent.
    video: ['src', 'poster', 'controls', ['preload', 'none']],
    // rehype-embeds: a video's `<source>` keeps its URL and type; `srcSet` is default (for `picture`).
    source: [...(defaultAttributes.source ?? []), 'src', 'type'],
  },
  protocols: {
    ...defaultSchema.protocols,
    // Video posters are images fetched by the browser: same rule as `src`.
    poster: ['http', 'https'],
  },
  // `style` joins `script`: their contents are code, and unwrapping them would print it as article text.
  strip: ['script', 'style'],
};
