import { DateTime } from 'luxon';
/** Calendar and clock fields of an instant as seen in one time zone. */
export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  second: number;
}

/** One formatter per time zone: creating Intl formatters is slow, and there are 100,000 articles. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const DAY_MS = 86_400_000;
/** Days (since 1970) between which the fast path of {@link getDateParts} is used: years 1000 to 9999. */
const FIRST_FAST_DAY = Math.floor(Date.UTC(1000, 0, 2) / DAY_MS);
const LAST_FAST_DAY = Math.floor(Date.UTC(9999, 11, 30) / DAY_MS);
/** Per time zone, its offset from UTC in ms through each UTC day, or null for a day in which it changes. */
const offsetsByDay = new Map<string, Map<number, number | null>>();

/**
 * Split an instant into its fields in `timeZone`, for permalinks and archives. Called several times per article and
 * per list entry: Intl's formatToParts is slow (a few µs), so a day whose offset is the same at its first and last
 * second asks Intl twice and every instant of it is computed from that offset.
 */
export function getDateParts(date: Date, timeZone: string): DateParts {
  const time = date.getTime();
  const day = Math.floor(time / DAY_MS);
  if (!(day >= FIRST_FAST_DAY && day <= LAST_FAST_DAY)) return formatDateParts(date, timeZone);
  let offsets = offsetsByDay.get(timeZone);
  if (offsets === undefined) offsetsByDay.set(timeZone, (offsets = new Map()));
  let offset = offsets.get(day);
  if (offset === undefined) {
    const start = offsetAt(day * DAY_MS, timeZone);
    offset = start === offsetAt((day + 1) * DAY_MS - 1000, timeZone) ? start : null;
    offsets.set(day, offset);
  }
  if (offset === null) return formatDateParts(date, timeZone);
  const local = new Date(time + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** The zone's offset from UTC at a whole second, in ms (seconds included: local mean times had them). */
function offsetAt(time: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = formatDateParts(new Date(time), timeZone);
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  return local.getTime() - time;
}

/** {@link getDateParts} the slow way, from Intl. */
function formatDateParts(date: Date, timeZone: string): DateParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** Zero-pad to two digits. */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Display date in Chinese, e.g. `2022年2月23日 17:50`, in `timeZone`. */
export function formatDisplayDate(date: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = getDateParts(date, timeZone);
  return `${year}年${month}月${day}日 ${pad2(hour)}:${pad2(minute)}`;
}

/**
 * An instant as ISO 8601 in `timeZone`, to the second, with the offset written out (`2026-11-26T13:30:00+08:00`):
 * how files Clippings writes (new articles, imported items) state their date, readable in any time zone.
 */
export function formatDateWithOffset(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).startOf('second').toISO({ suppressMilliseconds: true, includeOffset: true })!;
}
