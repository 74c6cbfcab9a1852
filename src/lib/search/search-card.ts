/** What a search result shows of an article besides its excerpt. */
export interface SearchCard {
  title: string;
  /** The date as readers see it, e.g. `2022年2月23日 17:50`. */
  date: string;
  source?: string;
  image?: string;
}

/**
 * Marks the card's one word. Pagefind searches every metadata field ("Metadata fields are searchable by default",
 * Pagefind docs, metadata.md), so a date or an image URL kept as plain metadata would let `2022` or `img` match
 * every article. The card is instead one word of letters and digits that starts with a letter no one types: it is
 * indexed, but no query reaches it.
 */
const MARK = 'ʘ';
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** The card as the value of a Pagefind metadata field. */
export function encodeSearchCard(card: SearchCard): string {
  const bytes = new TextEncoder().encode(JSON.stringify([card.title, card.date, card.source ?? '', card.image ?? '']));
  let text = MARK;
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += ALPHABET[(buffer << (5 - bits)) & 31];
  return text;
}

/** Read a card written by {@link encodeSearchCard}; undefined for anything else. */
export function decodeSearchCard(value: string | undefined): SearchCard | undefined {
  if (!value?.startsWith(MARK)) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of value.slice(MARK.length)) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    buffer = ((buffer << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  try {
    const [title, date, source, image] = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes))) as string[];
    if (typeof title !== 'string' || typeof date !== 'string') return undefined;
    return { title, date, ...(source ? { source } : {}), ...(image ? { image } : {}) };
  } catch {
    return undefined;
  }
}
