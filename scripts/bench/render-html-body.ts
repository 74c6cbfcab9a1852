import type { BodyContext } from './body-context.ts';
import { imageSize, imageUrl } from './image-urls.ts';
import { createRandom } from './prng.ts';

const HEX = '0123456789abcdef';
const BLOCK_SEPARATOR = ' \n';

/**
 * The inside of a scraped 36kr-style body: `<p>` paragraphs joined by `" \n"`, image paragraphs with
 * `data-img-size-val`, captions, `project-link` annotations, headings, empty `<p><br></p>`, inline styles and an
 * editor's note: the constructs the HTML pipeline has to clean. Stops once `targetBytes` is reached.
 */
export function renderHtmlBody(context: BodyContext): string {
  const { random, writer } = context;
  const blocks: string[] = [];
  let bytes = 0;
  const add = (block: string) => {
    blocks.push(block);
    bytes += Buffer.byteLength(block) + BLOCK_SEPARATOR.length;
  };
  if (random.chance(0.45)) add(editorNote(context));
  if (context.image !== '' && random.chance(0.6)) add(imageParagraph(context, context.image));
  while (bytes < context.targetBytes) {
    const roll = random.next();
    if (roll < 0.06) add(heading(context));
    else if (roll < 0.12) add(imageParagraph(context, imageUrl(random, context.source.images, context.date)));
    else if (roll < 0.15) add('<p><br></p>');
    else if (roll < 0.2) add(styledParagraph(context));
    else add(`<p>${linkedText(context, writer.paragraph(paragraphLength(context)))}</p>`);
  }
  return blocks.join(BLOCK_SEPARATOR);
}

function heading({ random, writer }: BodyContext): string {
  const level = random.chance(0.8) ? 'h2' : 'h3';
  return `<${level}>${writer.heading()}</${level}>`;
}

/** Paragraph lengths in characters: most 36kr paragraphs are one to three sentences, a few run long. */
function paragraphLength({ random }: BodyContext): number {
  return Math.min(600, Math.max(12, Math.round(Math.exp(random.normal(4.3, 0.6)))));
}

function imageParagraph(context: BodyContext, src: string): string {
  const { width, height } = imageSize(context.random);
  // Some scraped images carry an empty size value (a real 36kr quirk the pipeline must survive).
  const size = context.random.chance(0.03) ? '' : `${width},${height}`;
  const image = `<p class="image-wrapper"><img data-img-size-val="${size}" src="${src}" referrerpolicy="no-referrer"></p>`;
  if (!context.random.chance(0.2)) return image;
  return `${image}${BLOCK_SEPARATOR}<p class="img-desc">图片来源：${context.writer.phrase(context.random.int(4, 12))}</p>`;
}

function styledParagraph(context: BodyContext): string {
  const { random, writer } = context;
  const text = writer.paragraph(paragraphLength(context));
  switch (random.int(0, 3)) {
    case 0:
      return `<p style="text-align: center;"><strong>${writer.heading()}</strong></p>`;
    case 1:
      return `<p><strong>${writer.phrase(random.int(4, 10))}：</strong>${text}</p>`;
    case 2:
      return `<p><span style="color: rgb(${random.int(0, 255)}, ${random.int(0, 255)}, ${random.int(0, 255)});">${text}</span></p>`;
    default:
      return `<blockquote><p>${text}</p></blockquote>`;
  }
}

/**
 * Wrap one topic word of a paragraph in a 36kr `project-link`. Sometimes only the word's first two characters are
 * linked (`<a …>赋能团</a>队`), as 36kr's entity matcher does, so unwrapping must not add a space.
 */
function linkedText(context: BodyContext, text: string): string {
  const { random, topic } = context;
  if (!random.chance(0.3)) return text;
  const word = random.chance(0.8) ? topic.words[topic.sampler.sample(random)]! : random.pick(topic.names);
  const at = text.indexOf(word);
  if (at < 0) return text;
  const linked = word.length >= 3 && random.chance(0.3) ? word.slice(0, 2) : word;
  return `${text.slice(0, at)}${projectLink(context, linked)}${text.slice(at + linked.length)}`;
}

/** A 36kr `project-link` anchor; the id is derived from the name, so one company keeps one id corpus-wide. */
export function projectLink(context: BodyContext, name: string): string {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  const own = createRandom(hash);
  const id = own.int(10_000, 4_000_000);
  let logo = '';
  for (let i = 0; i < 32; i++) logo += HEX[own.int(0, 15)];
  const day = `${own.int(2019, 2022)}${String(own.int(1, 12)).padStart(2, '0')}${String(own.int(1, 28)).padStart(2, '0')}`;
  return (
    `<a class="project-link" data-id="${id}" data-name="${name}" data-logo="https://img.36krcdn.com/${day}/v2_${logo}_img_000" ` +
    `data-refer-type="2" href="https://36kr.com/projectDetails/${id}" target="_blank">${name}</a>`
  );
}

/** 36kr's editor's note: where the article was first published, who wrote it, that it is reposted with leave. */
function editorNote(context: BodyContext): string {
  const { random, writer, topic, source } = context;
  const account = `${writer.phrase(random.int(2, 4))}${random.pick(['研究院', '观察', '财经', '科技评论', 'Pro', '说'])}`;
  let id = '';
  for (let i = 0; i < random.int(6, 12); i++) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[random.int(0, 35)];
  let article = '';
  for (let i = 0; i < 22; i++) article += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'[random.int(0, 63)];
  const from = `<a target="_blank" rel="noopener noreferrer" href="https://mp.weixin.qq.com/s/${article}">“${account}”（ID:${id}）</a>`;
  return `<p>编者按：本文来自${projectLink(context, '微信')}公众号${from}，作者：${random.pick(topic.people)}，${source.name}经授权发布。</p>`;
}
