import type { SearchStrings } from '../../lib/search/search-strings.ts';
import { SEARCH_FACETS, type SearchFacet, type SearchState } from '../../lib/search/search-url-state.ts';
import type { TextPart } from '../../lib/search/tokenize-search-text.ts';
import type { FilterCounts } from './search-engine.ts';
import type { ShownResult } from './search-session.ts';

/** Values shown per facet before "show all". */
const VISIBLE_VALUES = 8;

/** Build an element; text goes in with textContent, so untrusted titles and metadata are never parsed as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with its matches in `<mark>` elements, built as text nodes: nothing of an article is parsed as HTML. */
function markedText(parts: TextPart[]): Node[] {
  return parts.map((part) => (part.marked ? element('mark', {}, part.text) : document.createTextNode(part.text)));
}

/** One result: linked title, date and source, a thumbnail, and the excerpt with the matches marked. */
export function renderResult(result: ShownResult): HTMLLIElement {
  const item = element('li', { class: 'article-card search-result' });
  const body = element('div');
  const heading = element('h2');
  const link = element('a', { href: result.url });
  link.append(...markedText(result.title));
  heading.append(link);
  const meta = element('p', { class: 'meta' }, [result.card.date, result.card.source].filter(Boolean).join(' · '));
  const excerpt = element('p', { class: 'excerpt' });
  excerpt.append(...markedText(result.excerpt));
  body.append(heading, meta, excerpt);
  item.append(body);
  const image = result.card.image;
  if (image && /^https?:\/\//.test(image)) {
    const thumb = element('div', { class: 'thumb' });
    thumb.append(element('img', { src: image, alt: '', loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer', width: '160', height: '120' }));
    item.append(thumb);
  }
  return item;
}

/**
 * The facet checkboxes with their counts over what was searched, selected values first and kept even when their
 * count is zero. Years not searched are not listed: the status line offers them in one action.
 */
export function renderFacets(state: SearchState, counts: FilterCounts, strings: SearchStrings): HTMLElement[] {
  const titles: Record<SearchFacet, string> = {
    source: strings.facetSource,
    category: strings.facetCategory,
    tag: strings.facetTag,
    year: strings.facetYear,
  };
  const groups = SEARCH_FACETS.map((facet) => {
    const values = new Map<string, number>(Object.entries(counts[facet] ?? {}));
    for (const value of state.filters[facet]) if (!values.has(value)) values.set(value, 0);
    const entries = [...values]
      .filter(([value, count]) => count > 0 || state.filters[facet].includes(value))
      .sort(([a, countA], [b, countB]) => (facet === 'year' ? Number(b) - Number(a) : countB - countA || a.localeCompare(b, 'zh-CN')));
    return renderFacet(facet, titles[facet], entries, state.filters[facet], strings);
  });
  const nodes: HTMLElement[] = groups.filter((group) => group !== undefined);
  if (SEARCH_FACETS.some((facet) => state.filters[facet].length > 0)) {
    nodes.push(element('button', { type: 'button', class: 'link-button', 'data-clear-filters': '' }, strings.clearFilters));
  }
  return nodes;
}

function renderFacet(facet: SearchFacet, title: string, entries: [string, number][], selected: string[], strings: SearchStrings): HTMLFieldSetElement | undefined {
  if (entries.length === 0) return undefined;
  const fieldset = element('fieldset', { class: 'facet' });
  fieldset.append(element('legend', {}, title));
  const list = element('ul');
  const overflow = element('ul');
  entries.forEach(([value, count], index) => {
    const item = element('li');
    const label = element('label');
    const box = element('input', { type: 'checkbox', name: facet, value });
    box.checked = selected.includes(value);
    label.append(box, ` ${value} `, element('span', { class: 'count' }, String(count)));
    item.append(label);
    (index < VISIBLE_VALUES || box.checked ? list : overflow).append(item);
  });
  fieldset.append(list);
  if (overflow.childElementCount > 0) {
    const details = element('details');
    details.append(element('summary', {}, `${strings.showAllValues}（${overflow.childElementCount}）`), overflow);
    fieldset.append(details);
  }
  return fieldset;
}
