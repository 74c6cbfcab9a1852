import type { BodyContext } from './body-context.ts';
import { numberPhrase } from './generate-text.ts';
import { imageUrl } from './image-urls.ts';

const BLOCK_SEPARATOR = '\n\n';

/**
 * A hand-written Markdown body: paragraphs, `##` headings, lists, emphasis, links, images, a quote and
 * sometimes a GFM table. It starts with text, so format detection reads it as Markdown, not HTML.
 */
export function renderMarkdownBody(context: BodyContext): string {
  const { random, writer } = context;
  const blocks: string[] = [];
  let bytes = 0;
  const add = (block: string) => {
    blocks.push(block);
    bytes += Buffer.byteLength(block) + BLOCK_SEPARATOR.length;
  };
  add(emphasized(context, writer.paragraph(random.int(40, 160))));
  while (bytes < context.targetBytes) {
    const roll = random.next();
    if (roll < 0.08) add(`${random.chance(0.8) ? '##' : '###'} ${writer.heading()}`);
    else if (roll < 0.14) add(list(context));
    else if (roll < 0.18) add(`![${writer.phrase(random.int(2, 6))}](${imageUrl(random, context.source.images, context.date)})`);
    else if (roll < 0.21) add(`> ${writer.paragraph(random.int(30, 120))}`);
    else if (roll < 0.23) add(table(context));
    else add(emphasized(context, writer.paragraph(Math.round(Math.exp(random.normal(4.5, 0.6))))));
  }
  return blocks.join(BLOCK_SEPARATOR);
}

/** Bold a topic word or turn a name into a link, somewhere in the paragraph. */
function emphasized({ random, topic }: BodyContext, text: string): string {
  const roll = random.next();
  if (roll < 0.2) {
    const word = topic.words[topic.sampler.sample(random)]!;
    return text.replace(word, `**${word}**`);
  }
  if (roll < 0.3) {
    const name = random.pick(topic.names);
    return `${text}（参见 [${name}](https://www.${name.toLowerCase().replace(/[^a-z0-9]/g, '') || 'example'}.com/)）`;
  }
  return text;
}

function list({ random, writer }: BodyContext): string {
  const ordered = random.chance(0.3);
  const items = Array.from({ length: random.int(2, 6) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${writer.sentence()}`);
  return items.join('\n');
}

function table({ random, writer }: BodyContext): string {
  const columns = random.int(2, 4);
  const header = Array.from({ length: columns }, (_, i) => (i === 0 ? writer.phrase(2) : `${2018 + i}年`));
  const rows = Array.from({ length: random.int(2, 6) }, () =>
    Array.from({ length: columns }, (_, i) => (i === 0 ? writer.phrase(random.int(2, 6)) : numberPhrase(random))),
  );
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
