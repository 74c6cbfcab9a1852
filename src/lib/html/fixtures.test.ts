import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readdirSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseHtmlFragment } from './detect-body-format.ts';
import { renderArticleBody } from './pipeline.ts';
import { archiveDirectory, readArchiveBody } from './test-helpers.ts';

const articlePaths = readdirSync(archiveDirectory, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.md'))
  .sort();

/** Text with all whitespace removed: block separators differ between the source and our text, words do not. */
const squeeze = (text: string) => text.replace(/[\s\u200b-\u200d]+/g, '');

/** The source body's text as a reader of the original page saw it: everything but script and style code. */
function readSourceText(source: Root): string {
  for (const code of selectAll('script, style', source)) code.children = [];
  return toString(source);
}

function findAttributes(tree: Root, isUnwanted: (name: string) => boolean): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const name of Object.keys(node.properties)) if (isUnwanted(name)) found.push(`${node.tagName}[${name}]`);
  });
  return found;
}

describe('fixture archive', () => {
  test('holds the articles the suite expects', () => {
    expect(articlePaths.length).toBeGreaterThanOrEqual(36);
  });

  describe.each(articlePaths)('%s', (path) => {
    const body = readArchiveBody(path);
    const source = parseHtmlFragment(body);
    const result = renderArticleBody(body, { path });
    const output = parseHtmlFragment(result.html);

    test('unwraps project links and keeps their sentences intact', () => {
      const outputText = squeeze(result.text);
      for (const link of selectAll('a.project-link', source)) {
        const href = link.properties.href;
        const text = toString(link);
        expect(selectAll('a', output).filter((a) => a.properties.href === href && toString(a) === text)).toEqual([]);
        const sentence = squeeze(toString(selectAll('p, li, h2, h3, div', source).findLast((block) => selectAll('a.project-link', block).includes(link))!));
        expect(outputText).toContain(sentence);
      }
    });

    test('leaves no script, style or event handler', () => {
      expect(selectAll('script, style', output)).toEqual([]);
      expect(findAttributes(output, (name) => name === 'style' || /^on/i.test(name))).toEqual([]);
    });

    test('makes every image lazy and sizes it when the source gave a size', () => {
      const sizes = new Map(
        selectAll('img[data-img-size-val]', source)
          .map((img) => [String(img.properties.src), String(img.properties.dataImgSizeVal)] as const)
          .filter(([, size]) => size.trim() !== ''),
      );
      for (const img of selectAll('img', output)) {
        expect(img.properties.loading).toBe('lazy');
        const size = sizes.get(String(img.properties.src));
        if (size !== undefined) expect(`${String(img.properties.width)},${String(img.properties.height)}`).toBe(size);
      }
      expect(selectAll('img[width]', output).length).toBeGreaterThanOrEqual(sizes.size);
    });

    test('loads only the first image eagerly when asked', () => {
      const images = selectAll('img', parseHtmlFragment(renderArticleBody(body, { path, eagerFirstImage: true }).html));
      expect(images.map((img) => img.properties.loading)).toEqual(images.map((_, index) => (index === 0 ? 'eager' : 'lazy')));
    });

    test('keeps the text of the source', () => {
      expect(squeeze(result.text)).toBe(squeeze(readSourceText(source)));
    });

    test('reports nothing to the editor', () => {
      expect(result.messages).toEqual([]);
    });
  });
});
