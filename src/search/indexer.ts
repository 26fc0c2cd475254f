/**
 * Pagefind indexing, shared by the build (index the real dist/) and the dev
 * server (index pages rendered by `astro dev`). Every Pagefind step reports
 * errors in an array instead of throwing: each one is checked here so a
 * broken index fails the build instead of shipping an empty search.
 */
import * as pagefind from 'pagefind';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { BUNDLE_DIR } from './state';

/**
 * One merged index for every language. Pagefind would otherwise split the
 * index by <html lang>, and a reader on a French page could never find the
 * Georgian story or its Spanish translation. The price: one stemmer for all
 * text. English stemming only trims English suffixes (plural -s also helps
 * fr/es: "historias" finds "historia"); it leaves Georgian and other scripts
 * alone, and prefix matching plus diacritic folding (Pagefind's default) do
 * the rest: "sante" finds "santé", "migracion" finds "migración". What is
 * lost is language-specific stemming of fr/es verb and gender forms.
 */
export const INDEX_LANGUAGE = 'en';


/** Files Pagefind writes for its own UIs; the site uses its own island, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function check(step: string, errors: string[]) {
  if (errors.length) throw new SearchIndexError(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export async function createSiteIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  check('createIndex', errors);
  if (!index) throw new SearchIndexError('Pagefind createIndex returned no index.');
  return index;
}

const isSearchable = (html: string) => /\sdata-pagefind-body[\s>=]/.test(html);

/**
 * Index a built site in `distDir` and write the bundle to `distDir/pagefind/`.
 * Only pages that mark a searchable body (entry pages, about a quarter of the
 * HTML) are handed to Pagefind: its addDirectory would parse every page of the
 * site again, which took 17 s of a 1,000-story build. Each searchable page must
 * also carry its search facts (SearchFacts.astro), or it would be found by
 * words but never by a facet: that is a build error naming the page.
 */
export async function indexBuiltSite(distDir: string): Promise<{ pages: number; outputPath: string }> {
  try {
    const index = await createSiteIndex();
    const missing: string[] = [];
    let expected = 0;
    const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
    // Pages are read ahead, 16 at a time, but handed over in file order: Pagefind numbers pages as they come, and the
    // same site must give the same bundle (hosts and the precompression cache key on its bytes).
    const ahead: Promise<string>[] = [];
    let next = 0;
    const adding = new Set<Promise<void>>();
    for (const file of files) {
      while (ahead.length < 16 && next < files.length) ahead.push(readFile(join(distDir, files[next++]!), 'utf8'));
      const html = await ahead.shift()!;
      if (!isSearchable(html)) continue;
      expected++;
      if (!html.includes('data-pagefind-filter="format:')) missing.push(file);
      const sourcePath = file.split(sep).join('/');
      const added: Promise<void> = index.addHTMLFile({ sourcePath, content: html }).then((r) => {
        adding.delete(added);
        check(`addHTMLFile ${sourcePath}`, r.errors);
      });
      adding.add(added);
      // A few in flight keeps Pagefind busy without holding every page in memory.
      if (adding.size >= 16) await Promise.race(adding);
    }
    await Promise.all(adding);
    if (missing.length)
      throw new SearchIndexError(`These pages have data-pagefind-body but no search facts; render <SearchFacts> inside the article:\n  ${missing.join('\n  ')}`);
    if (expected === 0) throw new SearchIndexError(`No page in ${distDir} has data-pagefind-body: entry pages lost their search marker.`);
    const outputPath = join(distDir, BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    await pruneBundle(outputPath);
    const indexed = await indexedPageCount(outputPath);
    if (indexed !== expected) throw new SearchIndexError(`Pagefind indexed ${indexed} pages but ${expected} pages carry data-pagefind-body.`);
    return { pages: indexed, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** Pages in the written index, from pagefind-entry.json. */
export async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

async function pruneBundle(outputPath: string) {
  for (const f of await readdir(outputPath)) if (UNUSED_BUNDLE_FILES.test(f)) await rm(join(outputPath, f));
}

/** Index HTML pages held in memory (dev server) and return the bundle files by path. */
export async function indexPagesInMemory(pages: { url: string; html: string }[]): Promise<Map<string, Uint8Array>> {
  try {
    const index = await createSiteIndex();
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      check(`addHTMLFile ${page.url}`, added.errors);
    }
    const { errors, files } = await index.getFiles();
    check('getFiles', errors);
    return new Map(files.filter((f) => !UNUSED_BUNDLE_FILES.test(f.path)).map((f) => [f.path.replace(/^\/+/, ''), f.content]));
  } finally {
    await pagefind.close();
  }
}
