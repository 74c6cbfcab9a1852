import type { TextWriter } from './generate-text.ts';
import type { Random } from './prng.ts';
import type { Source } from './sources.ts';
import type { Topic } from './topic.ts';

/** What a body renderer needs to write one article's body. */
export interface BodyContext {
  random: Random;
  writer: TextWriter;
  topic: Topic;
  source: Source;
  /** The header image URL (`''` for none); scraped bodies often start with it. */
  image: string;
  /** Publication date, for dated image URLs. */
  date: Date;
  /** Stop adding blocks once the body has this many UTF-8 bytes. */
  targetBytes: number;
}
