/**
 * The sitemap lists canonical pages only: an entry's versions in the other
 * interface languages point elsewhere with rel=canonical (see routes.ts
 * entryHead), and a sitemap must not list pages that disown themselves.
 * The page's own <link rel=canonical> decides, so sitemap and pages cannot disagree.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const CANONICAL = /<link rel="canonical" href="([^"]+)"/;

/** `base`: the site's base path ('/voices/'), which URLs carry and dist/ does not. */
export function canonicalPages(base = '/') {
  let outDir: string | undefined;
  const integration: AstroIntegration = {
    name: 'ydv-canonical-pages',
    hooks: {
      // Runs before @astrojs/sitemap's build:done (listed first), which calls filter().
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
  /** For @astrojs/sitemap's `filter`: keep a page unless its canonical names another URL. */
  const filter = (page: string) => {
    if (!outDir) return true;
    const path = decodeURIComponent(new URL(page).pathname);
    const file = join(outDir, path.startsWith(base) ? path.slice(base.length) : path, 'index.html');
    if (!existsSync(file)) return true;
    const canonical = CANONICAL.exec(readFileSync(file, 'utf8'))?.[1];
    return !canonical || new URL(canonical).pathname === new URL(page).pathname;
  };
  return { integration, filter };
}
