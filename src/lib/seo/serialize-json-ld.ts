/**
 * JSON for a `<script type="application/ld+json">` block. JSON.stringify alone is not safe there: a title
 * containing `</script>` would end the block and let the rest run as HTML. Escaping `<`, `>` and `&` (and the
 * line separators JavaScript once choked on) keeps the value identical for JSON parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
