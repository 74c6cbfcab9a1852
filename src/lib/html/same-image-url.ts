/**
 * Query parameters of image CDNs that ask for a resized or re-encoded copy of the same picture (Aliyun OSS, Qiniu,
 * Tencent COS / WeChat): a cover and a body image that differ only in them show the same picture.
 */
const PROCESSING_PARAMETERS = new Set(['x-oss-process', 'imageview2', 'imagemogr2', 'imageslim', 'wx_fmt', 'wx_lazy', 'wx_co', 'tp', 'wxfrom', 'from']);

/**
 * Whether two image addresses show the same picture, as a reader sees it: the scheme (`http`, `https`, or
 * protocol-relative), the host's case, surrounding spaces, a fragment and the CDNs' processing parameters do not
 * count; the path and every other parameter do. Addresses that are not absolute URLs are compared as written.
 */
export function sameImageUrl(a: string, b: string): boolean {
  return imageKey(a) === imageKey(b);
}

function imageKey(address: string): string {
  const trimmed = address.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!/^https?:\/\//i.test(absolute) || !URL.canParse(absolute)) return trimmed;
  const url = new URL(absolute);
  // Qiniu writes its directives as one parameter name: `?imageView2/2/w/800`.
  const kept = [...url.searchParams].filter(([name]) => !PROCESSING_PARAMETERS.has(name.toLowerCase().split('/')[0]!));
  const query = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  return `//${url.host}${url.pathname}${query}`;
}
