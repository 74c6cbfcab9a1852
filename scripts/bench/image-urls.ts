import type { Random } from './prng.ts';

/** The image CDNs Chinese feeds link to (all of them block hot-linking without `referrerpolicy`). */
export type ImageStyle = '36kr' | 'ithome' | 'huxiu' | 'qpic' | 'sina' | 'zhimg';

const HEX = '0123456789abcdef';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomString(random: Random, alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random.next() * alphabet.length)];
  return text;
}

/** `YYYYMMDD` of a date, in UTC. */
function dayStamp(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** An https image URL shaped like the given CDN's, dated like the article. */
export function imageUrl(random: Random, style: ImageStyle, date: Date): string {
  const day = dayStamp(date);
  const hex = (length: number) => randomString(random, HEX, length);
  switch (style) {
    case '36kr':
      return `https://img.36krcdn.com/${day}/v2_${hex(32)}_img_${random.pick(['000', '000', 'png', 'jpg'])}`;
    case 'ithome':
      return `https://img.ithome.com/newsuploadfiles/${day.slice(0, 4)}/${Number(day.slice(4, 6))}/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}.jpg`;
    case 'huxiu':
      return `https://img.huxiucdn.com/article/cover/${day.slice(0, 6)}/${day.slice(6)}/${random.int(100000, 999999)}.jpg`;
    case 'qpic':
      return `https://mmbiz.qpic.cn/mmbiz_jpg/${randomString(random, BASE62, 54)}/640?wx_fmt=jpeg`;
    case 'sina':
      return `https://n.sinaimg.cn/tech/transform/${random.int(100, 799)}/w${random.int(5, 12)}00h${random.int(3, 9)}00/${day}/${hex(4)}-${hex(16)}.jpg`;
    case 'zhimg':
      return `https://pic${random.int(1, 4)}.zhimg.com/v2-${hex(32)}_720w.jpg`;
  }
}

/** A 36kr-style `data-img-size-val`: mostly landscape photos, some tall screenshots. */
export function imageSize(random: Random): { width: number; height: number } {
  const width = random.pick([640, 750, 800, 1000, 1020, 1080, 1200]);
  const height = random.chance(0.15) ? random.int(width, width * 2.5) : Math.round(width * random.pick([0.5625, 0.625, 0.667, 0.75]));
  return { width, height: Math.round(height) };
}
