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
});

describe('formatDisplayDate', () => {
  test('writes the Chinese date with a 24-hour clock', () => {
    expect(formatDisplayDate(new Date('2022-02-23T09:50:30Z'), 'Asia/Shanghai')).toBe('2022年2月23日 17:50');
  });

  test('pads hours and minutes', () => {
    expect(formatDisplayDate(instant, 'Asia/Shanghai')).toBe('2022年2月24日 00:05');
  });
});
