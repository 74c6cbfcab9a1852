import { numberPhrase, type TextWriter } from './generate-text.ts';
import type { Random } from './prng.ts';
import type { Topic } from './topic.ts';

/**
 * A feed item's raw title, before the scraper's clean-up, in the shapes 36kr-like feeds use: a figure and a
 * claim, a question, `主题：副题`, `｜栏目`. Some carry ASCII `? : | / "` or curly quotes, which the scraper turns
 * into `_`, a `'` (quoted differently in YAML) or a decimal point (dropped from the file name).
 */
export function generateTitle(random: Random, writer: TextWriter, topic: Topic): string {
  const subject = topic.words[topic.sampler.sample(random)]!;
  const short = () => writer.phrase(random.int(3, 8));
  const long = () => writer.phrase(random.int(6, 14));
  const roll = random.int(0, 19);
  switch (roll) {
    case 0:
    case 1:
      return `${numberPhrase(random)}，${subject}${long()}`;
    case 2:
    case 3:
      return `${subject}${long()}，${short()}？`;
    case 4:
    case 5:
      return `${subject}${short()}：${long()}`;
    case 6:
      return `${random.pick(topic.names)}${long()}`;
    case 7:
      return `“${subject}”${long()}`;
    case 8:
      return `${subject}${long()}｜${short()}`;
    case 9:
      return `${subject}${long()}?`;
    case 10:
      return `${random.pick(topic.names)}: ${subject}${short()}`;
    case 11:
      return `${subject}${short()} | ${short()}`;
    case 12:
      return `${subject}/${short()}${short()}`;
    case 13:
      return `"${subject}"${long()}`;
    case 14:
      return `${random.pick(topic.names)}'s ${subject}${short()}`;
    case 15:
      return `${random.int(1, 99)}.${random.int(1, 9)}亿${subject}${long()}`;
    case 16:
      return `「${subject}」${long()}！`;
    default:
      return `${subject}${long()}`;
  }
}
