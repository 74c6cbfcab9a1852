/** Every text the search page shows, so a site can translate or reword it in clippings.config.mjs. */
export interface SearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  sortLabel: string;
  sortRelevance: string;
  sortNewest: string;
  filtersTitle: string;
  facetSource: string;
  facetCategory: string;
  facetTag: string;
  facetYear: string;
  showAllValues: string;
  clearFilters: string;
  empty: string;
  loading: string;
  /** `{count}` results (an exact count). */
  found: string;
  /** At least `{count}` results: more may be found further on. */
  foundAtLeast: string;
  /** Added to the status when some years were not searched: `{years}` is what was searched. */
  searchedYears: string;
  /** Shown when no result matches `{query}`. */
  noResults: string;
  /** The one action that searches the rest: `{years}` is what is left. */
  searchRest: string;
  more: string;
  error: string;
  devNoIndex: string;
}

/** The Chinese defaults. */
export const DEFAULT_SEARCH_STRINGS: SearchStrings = {
  label: '搜索文章',
  placeholder: '输入公司、人名或短语，例如：快手',
  submit: '搜索',
  sortLabel: '排序',
  sortRelevance: '相关度',
  sortNewest: '最新发布',
  filtersTitle: '筛选',
  facetSource: '来源',
  facetCategory: '分类',
  facetTag: '标签',
  facetYear: '年份',
  showAllValues: '显示全部',
  clearFilters: '清除筛选',
  empty: '输入关键词开始搜索，或选择左侧的筛选条件。',
  loading: '正在搜索…',
  found: '找到 {count} 篇文章',
  foundAtLeast: '找到至少 {count} 篇文章',
  searchedYears: '（已搜索 {years}的文章）',
  noResults: '没有找到含有「{query}」的文章。试试更短的词，或去掉一些筛选条件。',
  searchRest: '继续搜索 {years}的文章',
  more: '更多结果',
  error: '搜索暂时不可用，请稍后重试。',
  devNoIndex: '搜索索引由 npm run build 生成；开发服务器中没有索引。请先构建，再用 npm run preview 预览搜索。',
};

/** Fill `{name}` placeholders of a string. */
export function formatString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
