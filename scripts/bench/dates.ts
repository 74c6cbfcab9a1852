import type { Random } from './prng.ts';
import { createWeightedSampler } from './weighted-sampler.ts';

/** First year of the archive. */
export const FIRST_YEAR = 2015;
/**
 * End of the archive (exclusive). A fixed instant, not "now", so a corpus does not depend on the day it is made;
 * before the machines' clock (late 2026) so that no article is future-dated and left out of a build.
 */
export const ARCHIVE_END = Date.UTC(2026, 10, 1);
/** Each year holds this many times the articles of the year before: feeds were added over time. */
const YEARLY_GROWTH = 1.25;

const years: { start: number; end: number }[] = [];
const weights: number[] = [];
for (let year = FIRST_YEAR; Date.UTC(year, 0, 1) < ARCHIVE_END; year++) {
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year + 1, 0, 1), ARCHIVE_END);
  years.push({ start, end });
  weights.push(YEARLY_GROWTH ** (year - FIRST_YEAR) * ((end - start) / (365 * 86_400_000)));
}
const yearSampler = createWeightedSampler(weights);

/** A publication instant in 2015–2026 (whole seconds), later years more likely. */
export function pickDate(random: Random): Date {
  const { start, end } = years[yearSampler.sample(random)]!;
  return new Date(start + Math.floor((random.next() * (end - start)) / 1000) * 1000);
}

/** RFC 2822 as the scraped feeds write it: `Wed, 23 Feb 2022 09:50:30 GMT`. */
export function formatRfc2822(date: Date): string {
  return date.toUTCString();
}
