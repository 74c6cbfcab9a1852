import type { Element, Properties, Root } from 'hast';
import type { VFile } from 'vfile';
import { readString } from './hast-helpers.ts';
import { SKIP, visitElements } from './visit-elements.ts';

/** Options for {@link rehypeEmbeds}. */
export interface EmbedsOptions {
  /**
   * Sandbox tokens for iframes that are not from a {@link EmbedsOptions.players player host}. Default:
   * `['allow-scripts', 'allow-presentation', 'allow-popups', 'allow-popups-to-escape-sandbox']`: the frame's scripts run,
   * it may go full screen and open its own page in a new tab (which then loads as a normal page); no top navigation, no
   * forms, and never `allow-same-origin`: beside `allow-scripts`, that token lets a frame of the site's own origin lift
   * its sandbox (the Nu HTML Checker reports the pair as an error), so such frames run in an opaque origin.
   */
  sandbox?: string[];
  /**
   * Hosts (with their subdomains) of video players that are embedded unsandboxed, in their own origin. Their scripts
   * read their own cookies and storage, which throws in a sandbox's opaque origin (YouTube's player stops with "The
   * document is sandboxed and lacks the 'allow-same-origin' flag"), and the one sandbox that lets them play is the pair
   * refused above. Being of another origin, they cannot reach the page or its storage; browsers block a cross-origin
   * frame from navigating the page without the reader's click. Default: {@link VIDEO_PLAYER_HOSTS}.
   */
  players?: readonly string[];
  /**
   * Accessible name of an iframe that has no `title` (screen readers announce frames by it; axe `frame-title`).
   * `{host}` is replaced by the embed's host name. Default: `'嵌入内容（{host}）'`.
   */
  iframeTitle?: string;
  /** Referrer policy for iframes. Default: `'strict-origin-when-cross-origin'`, because YouTube refuses to play embeds that send no Referer at all. */
  iframeReferrerPolicy?: string;
}

/** Players of the video sites scraped articles embed most: YouTube, Vimeo, Bilibili and Tencent Video. */
export const VIDEO_PLAYER_HOSTS: readonly string[] = ['youtube.com', 'youtube-nocookie.com', 'player.vimeo.com', 'player.bilibili.com', 'v.qq.com'];

/**
 * Make iframes and videos safe and light: HTTPS-only lazy iframes, sandboxed unless they are a known video player,
 * and click-to-play videos without autoplay.
 */
export default function rehypeEmbeds(options: EmbedsOptions = {}) {
  const sandbox = options.sandbox ?? ['allow-scripts', 'allow-presentation', 'allow-popups', 'allow-popups-to-escape-sandbox'];
  const referrerPolicy = options.iframeReferrerPolicy ?? 'strict-origin-when-cross-origin';
  const iframeTitle = options.iframeTitle ?? '嵌入内容（{host}）';
  const players = options.players ?? VIDEO_PLAYER_HOSTS;

  return (tree: Root, file: VFile) => {
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'iframe' && node.tagName !== 'video') return;
      const problem = node.tagName === 'iframe' ? rebuildIframe(node, { sandbox, players, referrerPolicy, defaultTitle: iframeTitle }) : rebuildVideo(node);
      if (problem === undefined) return SKIP;
      file.message(problem.reason, { place: node.position, ruleId: problem.ruleId, source: 'clippings' });
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** Why an embed was removed. */
interface EmbedProblem {
  ruleId: string;
  reason: string;
}

/** Rebuild an iframe from scratch (ids, frameborder, vendor flags go); returns why it must go instead, if it must. */
function rebuildIframe(
  node: Element,
  { sandbox, players, referrerPolicy, defaultTitle }: { sandbox: string[]; players: readonly string[]; referrerPolicy: string; defaultTitle: string },
): EmbedProblem | undefined {
  const src = readString(node.properties, 'src');
  const https = src === undefined ? undefined : toHttps(src, false);
  if (https === undefined || !URL.canParse(https)) {
    const reason = `Expected an iframe with an https \`src\`, found ${JSON.stringify(src ?? '')}. The iframe was removed; link to the page instead.`;
    return { ruleId: 'iframe-src-not-https', reason };
  }
  const { hostname, host } = new URL(https);
  const title = readString(node.properties, 'title') || defaultTitle.replace('{host}', host);
  const size = readSize(node.properties);
  const isPlayer = players.some((player) => hostname === player || hostname.endsWith(`.${player}`));
  node.properties = { src: https, ...size, className: [ratioClass(size)], title, loading: 'lazy', referrerPolicy, allowFullScreen: true, sandbox: isPlayer ? undefined : sandbox };
  node.children = [];
  return undefined;
}

/** Rebuild a video as click-to-play; returns why it must go instead, if it has nothing to play. */
function rebuildVideo(node: Element): EmbedProblem | undefined {
  const src = readString(node.properties, 'src');
  const poster = readString(node.properties, 'poster');
  node.children = node.children.filter((child) => child.type !== 'element' || child.tagName !== 'source' || rebuildSource(child));
  // No autoplay and preload="none": a reader opening a long archive page downloads no video until asked.
  node.properties = { src: src ? toHttps(src, true) : undefined, poster: poster ? toHttps(poster, true) : undefined, ...readSize(node.properties), controls: true, preload: 'none' };
  const hasSource = node.children.some((child) => child.type === 'element' && child.tagName === 'source');
  if (node.properties.src !== undefined || hasSource) return undefined;
  return { ruleId: 'video-src-missing', reason: 'Expected a video with an http(s) `src` or `<source>`, found none. The video was removed; fix its URL in the source.' };
}

/** Keep only `src` and `type` on a video `<source>`; false when its URL is not http(s). */
function rebuildSource(source: Element): boolean {
  const src = readString(source.properties, 'src');
  source.properties = { src: src ? toHttps(src, true) : undefined, type: readString(source.properties, 'type') };
  return source.properties.src !== undefined;
}

/** Protocol-relative URLs become https; http is kept only where allowed (browsers upgrade mixed-content video themselves). */
function toHttps(url: string, allowHttp: boolean): string | undefined {
  if (url.startsWith('//')) return 'https:' + url;
  if (/^https:\/\//i.test(url) || (allowHttp && /^http:\/\//i.test(url))) return url;
  return undefined;
}

/** `width`/`height` when they are pixel counts; `100%` and other CSS lengths are not valid attribute values. */
/**
 * Shapes an embedded frame is drawn in, as `embed-ratio-W-H` classes (global.css gives each its `aspect-ratio`):
 * the page allows no inline style, and browsers size an iframe from its `width`/`height` attributes only up to its
 * width, not in proportion. Players are wide, square or upright.
 */
export const EMBED_RATIOS: readonly (readonly [number, number])[] = [[16, 9], [21, 9], [4, 3], [1, 1], [3, 4], [9, 16]];

/** The class of the shape nearest to the frame's `width` and `height` (by ratio); 16:9 when they are not both known. */
function ratioClass(size: Properties): string {
  const width = typeof size.width === 'number' ? size.width : 0;
  const height = typeof size.height === 'number' ? size.height : 0;
  let best = EMBED_RATIOS[0]!;
  if (width > 0 && height > 0) {
    const ratio = Math.log(width / height);
    for (const candidate of EMBED_RATIOS) {
      if (Math.abs(Math.log(candidate[0] / candidate[1]) - ratio) < Math.abs(Math.log(best[0] / best[1]) - ratio)) best = candidate;
    }
  }
  return `embed-ratio-${best[0]}-${best[1]}`;
}

function readSize(properties: Properties): Properties {
  const size: Properties = {};
  for (const name of ['width', 'height']) {
    const value = String(properties[name] ?? '').trim();
    if (/^\d+$/.test(value)) size[name] = Number(value);
  }
  return size;
}
