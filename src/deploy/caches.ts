/**
 * Every folder the build reuses between runs, relative to the project root.
 * CI recipes (.github/workflows/deploy.yml, .gitlab-ci.yml) restore and save
 * exactly these; tests/unit/deploy-recipes.test.ts holds them to it, and
 * tests/build/build-caches.test.ts checks a real build writes no other cache.
 * All are keyed by content inside, so a changed story re-renders only itself.
 */
export const BUILD_CACHES = {
  /** astro.config.mjs cacheDir: the content layer's data store and optimised images (covers, posters). */
  astro: '.cache/astro',
  /** Share images (src/lib/og.ts), by hash of what they show. */
  og: 'node_modules/.cache/ydv-og',
  /** The last Pagefind bundle (src/search/indexer.ts), by hash of the pages it indexes. */
  pagefind: 'node_modules/.cache/ydv-pagefind',
  /** .gz/.br copies (src/deploy/compress.ts), by hash of the file. */
  compress: 'node_modules/.cache/ydv-compress',
} as const;

/** The cache folders a build with these environment variables uses. */
export function buildCacheDirs(env: Record<string, string | undefined> = process.env): string[] {
  return Object.entries(BUILD_CACHES)
    .filter(([name]) => name !== 'compress' || env.YDV_PRECOMPRESS !== '0')
    .map(([, dir]) => dir);
}
