import type { AstroIntegration } from 'astro';

/**
 * Tell pages whether drafts and future-dated articles should be shown: only by `astro dev`. Decided from Astro's
 * own command rather than `import.meta.env.DEV`, which follows NODE_ENV and so turns true in a production build
 * run from a shell (or a test runner) where NODE_ENV is `development` or `test`.
 */
export function clippingsMode(): AstroIntegration {
  return {
    name: 'clippings-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.CLIPPINGS_INCLUDE_DRAFTS': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
