// Clippings configuration. Every field is optional; see README.md, "Configuration".
// Environment variables override these values: CLIPPINGS_CONTENT_DIR, CLIPPINGS_LENIENT, CLIPPINGS_TIMEZONE, CLIPPINGS_SITE.

/** @type {import('./src/lib/config/config-schema.ts').ClippingsUserConfig} */
export default {
  site: 'https://clippings.example.com',
  title: 'Clippings 剪报',
  description: '从 RSS 收集的中文文章存档',
  lang: 'zh-CN',
  contentDir: 'content',
  timeZone: 'Asia/Shanghai',
  permalink: ':year/:month/:name/',
  pageSize: 20,
  lenient: false,
};
