// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/markdown/pipeline.ts';
import { SITE } from './src/config/site.ts';
import { cspDirectives, scriptResources } from './src/config/csp.ts';
import search from './src/search/integration.ts';

export default defineConfig({
  site: SITE.url,
  output: 'static',
  trailingSlash: 'always',
  redirects: { '/': '/en/' },
  markdown: { syntaxHighlight: false, processor: markdownProcessor({ rawHtml: process.env.YDV_RAW_HTML === 'strip' ? 'strip' : 'error' }) },
  integrations: [
    // Team-written pages only; contributor stories are .md and go through the pipeline above.
    mdx({ extendMarkdownConfig: false }),
    react(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr', es: 'es' } } }),
    // Pagefind index of the built entry pages (and a live index under astro dev).
    search(),
  ],
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: scriptResources },
    },
  },
  image: { responsiveStyles: true },
  devToolbar: { enabled: false },
});
