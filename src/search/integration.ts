/**
 * The search integration: after every build, index the built pages with
 * Pagefind (entry pages only: stories, videos, campaigns); under `astro dev`,
 * serve an index of the pages the dev server renders. See indexer.ts and dev.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { devSearch } from './dev';
import { indexBuiltSite } from './indexer';

export default function search(): AstroIntegration {
  let base = '/';
  return {
    name: 'ydv-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(devSearch(server, logger, base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        // Errors propagate: a build without a working index must fail.
        const { pages, fromCache } = await indexBuiltSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${Date.now() - started} ms${fromCache ? ' (unchanged: the last bundle, from the cache)' : ''}`);
      },
    },
  };
}
