import type { Random } from './prng.ts';
import { createWeightedSampler, zipfWeights } from './weighted-sampler.ts';
import type { ImageStyle } from './image-urls.ts';

/** One feed of the synthetic archive: its articles live in `<top>/<name>/<channel>/`. */
export interface Source {
  top: string;
  name: string;
  channels: readonly string[];
  /** CDN whose URLs its images use. */
  images: ImageStyle;
}

/**
 * Invented but plausible feeds, biggest first: real RSS archives are dominated by a few busy feeds (36kr alone
 * is ~15,000 files in the archive the fixtures come from) with a long tail of small ones.
 */
export const SOURCES: readonly Source[] = [
  { top: '新媒体', name: '36kr', channels: ['资讯', '快讯'], images: '36kr' },
  { top: '科技', name: 'IT之家', channels: ['最新'], images: 'ithome' },
  { top: '新媒体', name: '199IT', channels: ['首页更新'], images: 'qpic' },
  { top: '新媒体', name: '虎嗅', channels: ['资讯', '24小时'], images: 'huxiu' },
  { top: '财经', name: '华尔街见闻', channels: ['最新', '快讯'], images: 'sina' },
  { top: '新媒体', name: '钛媒体', channels: ['最新文章'], images: 'zhimg' },
  { top: '编程', name: 'InfoQ', channels: ['推荐', '架构'], images: 'zhimg' },
  { top: '科技', name: '少数派', channels: ['首页', 'Matrix'], images: 'zhimg' },
  { top: '新闻', name: '澎湃新闻', channels: ['精选'], images: 'sina' },
  { top: '新媒体', name: '爱范儿', channels: ['早报', '文章'], images: 'qpic' },
  { top: '编程', name: '开源中国', channels: ['资讯'], images: 'zhimg' },
  { top: '新闻', name: '界面新闻', channels: ['快讯', '科技'], images: 'sina' },
  { top: '科技', name: 'cnBeta', channels: ['头条'], images: 'ithome' },
  { top: '编程', name: '掘金', channels: ['前端', '后端'], images: 'zhimg' },
  { top: '游戏', name: '机核', channels: ['资讯'], images: 'qpic' },
  { top: '科技', name: '品玩', channels: ['快讯'], images: 'huxiu' },
  { top: '财经', name: '雪球', channels: ['热帖'], images: 'sina' },
  { top: '编程', name: 'Hacker News', channels: ['分类'], images: 'zhimg' },
  { top: '游戏', name: '游研社', channels: ['最新'], images: 'qpic' },
  { top: '汽车', name: '懂车帝', channels: ['资讯'], images: 'sina' },
  { top: '科学', name: '果壳', channels: ['科学人'], images: 'zhimg' },
  { top: '设计', name: '优设', channels: ['文章'], images: 'huxiu' },
  { top: '生活', name: '什么值得买', channels: ['好价', '原创'], images: 'sina' },
  { top: '二次元', name: 'Bangumi', channels: ['放送列表'], images: 'qpic' },
  { top: '读书', name: '豆瓣', channels: ['书评'], images: 'zhimg' },
];

/** Zipf exponent of feed sizes: the biggest feed gets ~26 % of the articles, the smallest ~1 %. */
const SOURCE_SKEW = 1;
const sourceSampler = createWeightedSampler(zipfWeights(SOURCES.length, SOURCE_SKEW));

/** A feed and one of its channels; a feed's first channel carries most of its articles. */
export function pickSource(random: Random): { source: Source; channel: string } {
  const source = SOURCES[sourceSampler.sample(random)]!;
  const channel = source.channels.length > 1 && random.chance(0.3) ? random.pick(source.channels.slice(1)) : source.channels[0]!;
  return { source, channel };
}
