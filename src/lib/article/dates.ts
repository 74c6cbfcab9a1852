import { DateTime, IANAZone } from 'luxon';

/** Default site time zone: the archives are mostly Chinese. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The accepted date forms, as named in problem messages. */
export const ACCEPTED_DATE_FORMS = 'RFC 2822, ISO 8601, YYYY-MM-DD HH:mm:ss or a YAML timestamp';

/** Wall-clock forms without an offset; they are read in the site time zone. */
const SLASHED_FORMATS = ['yyyy/MM/dd HH:mm:ss', 'yyyy/MM/dd HH:mm', 'yyyy/MM/dd'];

/** Whether `timeZone` is an IANA time zone name luxon and Intl understand. */
export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

/** Throw for a time zone that is not an IANA name: that is bad configuration, not a bad article. */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) {
    throw new Error(
      `The site time zone "${timeZone}" is not an IANA time zone name. Use a name such as "Asia/Shanghai" or "UTC".`,
    );
  }
}

/**
 * Read an article date: a string in one of {@link ACCEPTED_DATE_FORMS}, or a JS Date made by YAML.
 * Forms without an offset are read in `timeZone`. Returns undefined when the value is not a date.
 */
export function parseArticleDate(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof Date) return reinterpretYamlDate(value, timeZone);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  // luxon reads a bare time such as "09:50" as today: a build must not depend on the day it runs.
  const hasCalendarDate = /^\d{4}/.test(text);
  const parsed =
    parseRfc2822(text) ??
    (hasCalendarDate ? valid(DateTime.fromISO(text, { zone: timeZone, setZone: true })) : undefined) ??
    (hasCalendarDate ? valid(DateTime.fromSQL(text, { zone: timeZone, setZone: true })) : undefined) ??
    parseSlashed(text, timeZone);
  return parsed?.toJSDate();
}

/**
 * js-yaml turns an unquoted `2022-02-23 09:50:30` into a Date *in UTC*. Like Hexo, read its UTC
 * wall-clock fields again in the site time zone. (parseArticle hands the raw text instead when it
 * can find it, so that a timestamp with an explicit offset stays absolute.)
 */
export function reinterpretYamlDate(date: Date, timeZone: string): Date | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const wallClock = DateTime.fromJSDate(date, { zone: 'UTC' }).toObject();
  return valid(DateTime.fromObject(wallClock, { zone: timeZone }))?.toJSDate();
}

function parseRfc2822(text: string): DateTime | undefined {
  const parsed = DateTime.fromRFC2822(text, { setZone: true });
  if (parsed.isValid) return parsed;
  // Feeds often carry a wrong weekday ("Wed, 3 Feb"); the date itself is what counts.
  if (parsed.invalidReason !== 'mismatched weekday') return undefined;
  return valid(DateTime.fromRFC2822(text.replace(/^[A-Za-z]{3},\s*/, ''), { setZone: true }));
}

function parseSlashed(text: string, timeZone: string): DateTime | undefined {
  for (const format of SLASHED_FORMATS) {
    const parsed = DateTime.fromFormat(text, format, { zone: timeZone });
    if (parsed.isValid) return parsed;
  }
  return undefined;
}

function valid(dateTime: DateTime): DateTime | undefined {
  return dateTime.isValid ? dateTime : undefined;
}
