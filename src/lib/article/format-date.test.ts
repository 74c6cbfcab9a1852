import { describe, expect, test } from 'vitest';
import { formatDisplayDate, getDateParts } from './format-date.ts';

const instant = new Date('2022-02-23T16:05:09Z');

describe('getDateParts', () => {
  test('splits an instant in the site time zone, crossing midnight', () => {
    expect(getDateParts(instant, 'Asia/Shanghai')).toEqual({ year: 2022, month: 2, day: 24, hour: 0, minute: 5, second: 9 });
  });

  test('splits the same instant in UTC', () => {
    expect(getDateParts(instant, 'UTC')).toEqual({ year: 2022, month: 2, day: 23, hour: 16, minute: 5, second: 9 });
  });

  // Zones with daylight saving time, half-hour and 45-minute offsets and shifts, local mean time with seconds, a
  // skipped day (Samoa, 2011-12-30) and changes in the middle of the night or at midnight.
  const zones = [
    'Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kathmandu',
    'Pacific/Chatham', 'America/St_Johns', 'Pacific/Apia', 'America/Santiago', 'Asia/Tehran', 'Africa/Casablanca',
    'America/Sao_Paulo', 'Asia/Taipei', 'Asia/Hong_Kong', 'Pacific/Kiritimati', 'America/Adak',
  ];
  const reference = (date: Date, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        .formatToParts(date)
        .filter((part) => part.type !== 'literal')
        .map((part) => [part.type, Number(part.value)]),
    ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
  };

  test('agrees with Intl at random instants from 1850 to 2150 in every kind of zone', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const from = Date.UTC(1850, 0, 1);
    const to = Date.UTC(2150, 0, 1);
    for (const zone of zones) {
      for (let n = 0; n < 400; n++) {
        const date = new Date(from + Math.floor(random() * (to - from)));
        expect(getDateParts(date, zone), `${date.toISOString()} ${zone}`).toEqual(reference(date, zone));
      }
    }
  });

  test('agrees with Intl around every change of offset from 1900 to 2040, to the second', { timeout: 60_000 }, () => {
    for (const zone of zones) {
      const offsetAt = (time: number) => {
        const { year, month, day, hour, minute, second } = reference(new Date(time), zone);
        return Date.UTC(year, month - 1, day, hour, minute, second) - time;
      };
      // Looked for a week at a time, then to the second (two changes within a week would find one of them).
      const step = 7 * 86_400_000;
      let previous = offsetAt(Date.UTC(1900, 0, 1));
      for (let time = Date.UTC(1900, 0, 1); time < Date.UTC(2040, 0, 1); time += step) {
        const offset = offsetAt(time);
        if (offset === previous) continue;
        let [low, high] = [time - step, time];
        while (high - low > 1000) {
          const middle = low + Math.floor((high - low) / 2000) * 1000;
          if (offsetAt(middle) === previous) low = middle;
          else high = middle;
        }
        for (const at of [high - 1000, high, high + 1000, high - 3_600_000, high + 3_600_000]) {
          expect(getDateParts(new Date(at), zone), `${new Date(at).toISOString()} ${zone}`).toEqual(reference(new Date(at), zone));
        }
        previous = offset;
      }
    }
  });
});

describe('formatDisplayDate', () => {
  test('writes the Chinese date with a 24-hour clock', () => {
    expect(formatDisplayDate(new Date('2022-02-23T09:50:30Z'), 'Asia/Shanghai')).toBe('2022年2月23日 17:50');
  });

  test('pads hours and minutes', () => {
    expect(formatDisplayDate(instant, 'Asia/Shanghai')).toBe('2022年2月24日 00:05');
  });
});
