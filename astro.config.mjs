// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { markdownGuard, markdownProcessor } from './src/markdown/pipeline.ts';
import { SITE } from './src/config/site.ts';
import { cspDirectives, scriptResources } from './src/config/csp.ts';
import search from './src/search/integration.ts';
import noOriginals from './src/privacy/integration.ts';
import decapCms from './cms/integration.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/index.ts';
import { canonicalPages } from './src/lib/sitemap.ts';
import deploy from './src/deploy/integration.ts';
import { BUILD_CACHES } from './src/deploy/caches.ts';

const canonical = canonicalPages(SITE.base);

export default defineConfig({
  site: SITE.url,
  // A project site lives under a path (GitHub Pages: /<repo>/). Every URL goes through src/lib/paths.ts, which reads it.
  base: SITE.base,
  output: 'static',
  trailingSlash: 'always',
  // Four pages at a time: share images spend half their time in sharp's threads, which then overlap with the next pages.
  build: { concurrency: 4 },
  // Not under node_modules: test copies link node_modules, and must not share the content cache with the real site.
  cacheDir: `./${BUILD_CACHES.astro}`,
  markdown: { syntaxHighlight: false, processor: markdownProcessor({ rawHtml: process.env.YDV_RAW_HTML === 'strip' ? 'strip' : 'error' }) },
  integrations: [
    // Team-written pages only; contributor stories are .md and go through the pipeline above.
    mdx({ extendMarkdownConfig: false }),
    // Fails the build when the processor above refused a file (Astro would only log it).
    markdownGuard(),
    react(),
    canonical.integration,
    // The root is only a language chooser; leaving it out keeps each page's hreflang set to its three versions.
    // Entry pages in a non-home interface language are left out too: their canonical is the home version.
    sitemap({
      filter: (page) => new URL(page).pathname !== SITE.base && canonical.filter(page),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
    }),
    // Pagefind index of the built entry pages (and a live index under astro dev).
    search(),
    // Deletes original images (EXIF, GPS) Astro copies into dist/ for entries no page shows.
    noOriginals(),
    // Decap CMS at /admin/: prebuilt files copied at build, served in dev; config generated from src/model.
    decapCms(),
    // Last: host headers (_headers, _nginx.conf) from the CSP sources, then .gz/.br beside text files.
    deploy(),
  ],
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: scriptResources },
    },
  },
  // effort 2 encodes WebP about twice as fast as the default 4 for a few % more bytes: builds scale with covers.
  image: { responsiveStyles: true, service: sharpImageService({ webp: { effort: 2 } }) },
  devToolbar: { enabled: false },
});
