import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, test } from 'vitest';
import rehypeRemoveEmptyClass from './rehype-remove-empty-class.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { transformHtmlToString } from './test-helpers.ts';

describe('rehypeRemoveEmptyClass', () => {
  test('leaves classes that survived the sanitizer alone', () => {
    expect(transformHtmlToString('<h2 class="sr-only mb-0">a</h2>', [rehypeSanitize, sanitizeSchema], rehypeRemoveEmptyClass)).toBe('<h2 class="sr-only">a</h2>');
  });

  test('removes a class the sanitizer emptied', () => {
    expect(transformHtmlToString('<h2 class="mb-0 c-name">a</h2>', [rehypeSanitize, sanitizeSchema], rehypeRemoveEmptyClass)).toBe('<h2>a</h2>');
  });
});
