import { describe, expect, test } from 'vitest';
import { formatProblem } from '../report/problem.ts';
import { RESERVED_TOP_SEGMENTS } from './permalink.ts';
import { reportPermalinkCollision, reportReservedPermalink } from './permalink-problems.ts';
import { resolvePermalinks } from './resolve-permalinks.ts';

describe('reportReservedPermalink', () => {
  test('names the field, the reserved folders and the fix', () => {
    expect(formatProblem(reportReservedPermalink('content/tags.md', 'tags/快手/', RESERVED_TOP_SEGMENTS))).toMatchInlineSnapshot(`"content/tags.md: front matter \`permalink\`: expected a path that does not start with one of the site's own folders (\`categories\`, \`tags\`, \`archives\`, \`page\`, \`search\`, \`pagefind\`, \`_astro\`, \`rss.xml\`, \`404\`, \`404.html\`), received "tags/快手/". Change the \`permalink\` or \`slug\`, or move the file."`);
  });
});

describe('reportPermalinkCollision', () => {
  test('reports nothing for a collision without losers', () => {
    expect(reportPermalinkCollision({ permalink: 'a/', ids: ['a'] }, (id) => id, new Map())).toEqual([]);
  });

  test('warns each article that lost, naming both files', () => {
    const { permalinks, collisions } = resolvePermalinks([
      { id: 'a', wanted: '快手/', date: new Date(1) },
      { id: 'b', wanted: '快手/', date: new Date(2) },
    ]);
    const [collision] = collisions;
    if (collision === undefined) throw new Error('expected a collision');
    const problems = reportPermalinkCollision(collision, (id) => `content/${id}.md`, permalinks);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/b.md: front matter \`permalink\`: content/a.md wants the same permalink "快手/" and keeps it (older, or same date and smaller id), so this article is published at "快手-2/". Set a \`slug\` or \`permalink\` to choose a path.",
      ]
    `);
    expect(problems[0]).toMatchObject({ ruleId: 'permalink-collision', severity: 'warning' });
  });
});
