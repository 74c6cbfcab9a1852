import { describe, expect, test } from 'vitest';
import { isPublished } from './is-published.ts';

const now = new Date('2022-03-01T00:00:00Z');
const past = new Date('2022-02-23T09:50:30Z');
const future = new Date('2022-03-02T00:00:00Z');

describe('isPublished', () => {
  test('hides drafts in production', () => {
    expect(isPublished({ draft: true, date: past }, { includeDrafts: false, now })).toBe(false);
  });

  test('hides future-dated articles in production', () => {
    expect(isPublished({ draft: false, date: future }, { includeDrafts: false, now })).toBe(false);
  });

  test('shows an article dated exactly now', () => {
    expect(isPublished({ draft: false, date: now }, { includeDrafts: false, now })).toBe(true);
  });

  test('shows past articles', () => {
    expect(isPublished({ draft: false, date: past }, { includeDrafts: false, now })).toBe(true);
  });

  test('shows drafts and future articles when drafts are included', () => {
    expect(isPublished({ draft: true, date: future }, { includeDrafts: true, now })).toBe(true);
  });
});
