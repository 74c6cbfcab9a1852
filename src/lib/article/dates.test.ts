import { describe, expect, test } from 'vitest';
import { assertTimeZone, isValidTimeZone, parseArticleDate, reinterpretYamlDate } from './dates.ts';

const iso = (value: unknown, timeZone: string) => parseArticleDate(value, timeZone)?.toISOString();

describe('parseArticleDate', () => {
  test.each([
    ['yesterday'],
    [''],
    ['   '],
    ['2022年2月23日'],
    ['09:50'],
    ['09:50:30'],
    ['2022-13-45'],
    ['2022-02-30 10:00:00'],
    ['Wed, 23 Feb 2022 09:50:30'],
    [42],
    [null],
    [undefined],
    [true],
    [['2022-02-23']],
    [new Date(Number.NaN)],
  ])('rejects %j', (value) => {
    expect(parseArticleDate(value, 'Asia/Shanghai')).toBeUndefined();
  });

  test.each([
    ['RFC 2822 with GMT', 'Wed, 23 Feb 2022 09:50:30 GMT', '2022-02-23T09:50:30.000Z', '2022-02-23T09:50:30.000Z'],
    ['RFC 2822 with +0800', 'Wed, 23 Feb 2022 17:50:30 +0800', '2022-02-23T09:50:30.000Z', '2022-02-23T09:50:30.000Z'],
    ['RFC 2822 with a wrong weekday', 'Mon, 23 Feb 2022 09:50:30 GMT', '2022-02-23T09:50:30.000Z', '2022-02-23T09:50:30.000Z'],
    ['ISO 8601 with offset', '2022-02-23T17:50:30+08:00', '2022-02-23T09:50:30.000Z', '2022-02-23T09:50:30.000Z'],
    ['ISO 8601 with Z', '2022-02-23T09:50:30Z', '2022-02-23T09:50:30.000Z', '2022-02-23T09:50:30.000Z'],
    ['ISO 8601 without offset', '2022-02-23T17:50:30', '2022-02-23T09:50:30.000Z', '2022-02-23T17:50:30.000Z'],
    ['YYYY-MM-DD HH:mm:ss', '2022-02-23 17:50:30', '2022-02-23T09:50:30.000Z', '2022-02-23T17:50:30.000Z'],
    ['YYYY-MM-DD HH:mm:ss with offset', '2022-02-23 17:50:30 +08:00', '2022-02-23T09:50:30.000Z', '2022-02-23T09:50:30.000Z'],
    ['YYYY-MM-DD HH:mm', '2022-02-23 17:50', '2022-02-23T09:50:00.000Z', '2022-02-23T17:50:00.000Z'],
    ['YYYY-MM-DD', '2022-02-23', '2022-02-22T16:00:00.000Z', '2022-02-23T00:00:00.000Z'],
    ['YYYY/MM/DD HH:mm:ss', '2022/02/23 17:50:30', '2022-02-23T09:50:30.000Z', '2022-02-23T17:50:30.000Z'],
    ['YYYY/MM/DD', '2022/02/23', '2022-02-22T16:00:00.000Z', '2022-02-23T00:00:00.000Z'],
    ['surrounding spaces', '  2022-02-23 17:50:30 ', '2022-02-23T09:50:30.000Z', '2022-02-23T17:50:30.000Z'],
  ])('reads %s in the site time zone', (_form, value, inShanghai, inUtc) => {
    expect(iso(value, 'Asia/Shanghai')).toBe(inShanghai);
    expect(iso(value, 'UTC')).toBe(inUtc);
  });

  test('reads a YAML timestamp Date (UTC wall clock) in the site time zone, as Hexo does', () => {
    const yamlDate = new Date('2022-02-23T17:50:30.000Z');
    expect(iso(yamlDate, 'Asia/Shanghai')).toBe('2022-02-23T09:50:30.000Z');
    expect(iso(yamlDate, 'UTC')).toBe('2022-02-23T17:50:30.000Z');
    expect(reinterpretYamlDate(yamlDate, 'America/New_York')?.toISOString()).toBe('2022-02-23T22:50:30.000Z');
  });
});

describe('assertTimeZone', () => {
  test('throws for a name that is not an IANA time zone', () => {
    expect(() => assertTimeZone('China/Beijing')).toThrowErrorMatchingInlineSnapshot(`[Error: The site time zone "China/Beijing" is not an IANA time zone name. Use a name such as "Asia/Shanghai" or "UTC".]`);
    expect(isValidTimeZone('China/Beijing')).toBe(false);
  });

  test('accepts IANA names', () => {
    expect(() => assertTimeZone('Asia/Shanghai')).not.toThrow();
    expect(isValidTimeZone('UTC')).toBe(true);
  });
});
