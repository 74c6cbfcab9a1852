import type { Random } from './prng.ts';
import type { Topic } from './topic.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * How words are chosen, calibrated with `generate-corpus.ts --calibrate` so that generated articles have about
 * as many distinct search tokens (jieba words ∪ Han bigrams) per Han character as real 36kr/199IT articles.
 * Words drawn independently give ~1.05; real text repeats its subject and its own phrases and gives ~0.67.
 */
export interface TextMix {
  /** Chance that the next words repeat a 2–4-word run already written in this article. */
  repeat: number;
  /** Chance that the next word is one of the article's topic words. */
  topic: number;
  /** Chance that the next word is a function word (的, 了, 是…); otherwise any dictionary word by frequency. */
  common: number;
}

/**
 * The calibrated mix (see {@link TextMix}). Measured with `--calibrate --sample 500`: 0.68 distinct tokens per Han
 * character on average (0.75 / 0.68 / 0.62 for articles of < 1,500 / 1,500–2,999 / ≥ 3,000 Han characters), against
 * 0.72 (0.76 / 0.72 / 0.64) for the fixtures' 36kr and 199IT articles and 1.03 for independent words.
 */
export const DEFAULT_MIX: TextMix = { repeat: 0.1, topic: 0.25, common: 0.15 };

/** Writes an article's Chinese text: phrases, sentences, paragraphs, headings. */
export interface TextWriter {
  /** A run of words of about `characters` characters, no punctuation. */
  phrase(characters: number): string;
  /** One sentence with commas and a final 。！？, sometimes a quotation, number or Latin name. */
  sentence(): string;
  /** Sentences up to at least `characters` characters. */
  paragraph(characters: number): string;
  /** A short section heading. */
  heading(): string;
}

/** A writer whose words come from the article's topic, its own earlier text and the whole dictionary. */
export function createTextWriter(random: Random, vocabulary: Vocabulary, topic: Topic, mix = DEFAULT_MIX): TextWriter {
  // Every word written so far: repeating runs of it is what makes real text's bigrams recur.
  const history: string[] = [];
  const globalWord = () => vocabulary.all.words[vocabulary.all.sampler.sample(random)]!;
  const topicWord = () => topic.words[topic.sampler.sample(random)]!;
  const commonWord = () => vocabulary.common.words[vocabulary.common.sampler.sample(random)]!;

  const phrase = (characters: number): string => {
    let text = '';
    while (text.length < characters) {
      const roll = random.next();
      if (roll < mix.repeat && history.length > 8) {
        const length = random.int(2, 4);
        const start = random.int(0, history.length - length);
        for (let i = start; i < start + length; i++) text += history[i];
        continue;
      }
      const word =
        roll < mix.repeat + mix.topic ? topicWord() : roll < mix.repeat + mix.topic + mix.common ? commonWord() : globalWord();
      history.push(word);
      text += word;
    }
    return text;
  };

  const clause = (): string => {
    const roll = random.next();
    const words = phrase(random.int(3, 15));
    if (roll < 0.04) return `${random.pick(topic.names)}${words}`;
    if (roll < 0.07) return `${words}${numberPhrase(random)}`;
    if (roll < 0.1) return `${random.pick(topic.people)}${random.pick(['表示', '认为', '称'])}${words}`;
    if (roll < 0.14) return `${words}“${topicWord()}”`;
    if (roll < 0.16) return `${words}「${topicWord()}」`;
    if (roll < 0.18) return `${words}（${random.pick(topic.names)}）`;
    return words;
  };

  const sentence = (): string => {
    const clauses = random.int(1, 4);
    let text = clause();
    for (let i = 1; i < clauses; i++) text += (random.chance(0.9) ? '，' : random.pick(['、', '；', '：'])) + clause();
    const end = random.next();
    if (end < 0.05) return `“${text}！”`;
    return text + (end < 0.9 ? '。' : end < 0.95 ? '？' : '！');
  };

  return {
    phrase,
    sentence,
    paragraph(characters) {
      let text = sentence();
      while (text.length < characters) text += sentence();
      return text;
    },
    heading() {
      const roll = random.next();
      if (roll < 0.3) return `${phrase(random.int(3, 8))}：${phrase(random.int(4, 10))}`;
      if (roll < 0.45) return `${random.pick(['一', '二', '三', '四', '五'])}、${phrase(random.int(4, 12))}`;
      return phrase(random.int(5, 16));
    },
  };
}

/** A number as Chinese business text writes it: a year, a date, a percentage, an amount. */
export function numberPhrase(random: Random): string {
  switch (random.int(0, 5)) {
    case 0:
      return `${random.int(2008, 2026)}年`;
    case 1:
      return `${random.int(1, 12)}月${random.int(1, 28)}日`;
    case 2:
      return `${random.int(1, 99)}${random.chance(0.3) ? `.${random.int(1, 9)}` : ''}%`;
    case 3:
      return `${random.int(1, 999)}${random.pick(['亿元', '万元', '亿美元', '万美元', '亿港元'])}`;
    case 4:
      return `${random.int(2, 500)}${random.pick(['家', '个', '款', '名', '倍', '万人'])}`;
    default:
      return `第${random.int(1, 20)}${random.pick(['季度', '轮', '次', '代'])}`;
  }
}
