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

/** Split an instant into its fields in `timeZone`, for permalinks and archives. */
export function getDateParts(date: Date, timeZone: string): DateParts {
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
