/**
 * Pagefind indexing, shared by the build (index the real dist/) and the dev
 * server (index pages rendered by `astro dev`). Every Pagefind step reports
 * errors in an array instead of throwing: each one is checked here so a
 * broken index fails the build instead of shipping an empty search.
 */
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { BUNDLE_DIR } from './state';
import { BUILD_CACHES } from '../deploy/caches';
import { readInOrder } from '../lib/pool';

const PAGEFIND_CACHE_DIR = join(process.cwd(), BUILD_CACHES.pagefind);
/** A new Pagefind writes a different bundle from the same pages. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

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
 * When the searchable pages are byte for byte those of the last build, the
 * bundle comes from `cacheDir` (Pagefind cannot update an index, only redo it).
 */
export async function indexBuiltSite(distDir: string, { cacheDir = PAGEFIND_CACHE_DIR as string | undefined } = {}): Promise<{ pages: number; outputPath: string; fromCache: boolean }> {
  const outputPath = join(distDir, BUNDLE_DIR);
  const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const searchable: string[] = [];
  const missing: string[] = [];
  const key = createHash('sha256').update(`${PAGEFIND_VERSION}\0${INDEX_LANGUAGE}\0${UNUSED_BUNDLE_FILES.source}\0`);
  for await (const [file, html] of readInOrder(distDir, files)) {
    if (!isSearchable(html)) continue;
    searchable.push(file);
    if (!html.includes('data-pagefind-filter="format:')) missing.push(file);
    key.update(`${file}\0${html}\0`);
  }
  if (missing.length)
    throw new SearchIndexError(`These pages have data-pagefind-body but no search facts; render <SearchFacts> inside the article:\n  ${missing.join('\n  ')}`);
  if (searchable.length === 0) throw new SearchIndexError(`No page in ${distDir} has data-pagefind-body: entry pages lost their search marker.`);
  const cached = cacheDir && join(cacheDir, key.digest('hex').slice(0, 32));
  if (cached && existsSync(join(cached, 'pagefind-entry.json'))) {
    try {
      await cp(cached, outputPath, { recursive: true });
      const now = new Date();
      await utimes(cached, now, now);
      return { pages: await indexedPageCount(outputPath), outputPath, fromCache: true };
    } catch {
      // Pruned by another build meanwhile: index as if it were not there.
      await rm(outputPath, { recursive: true, force: true });
    }
  }
  try {
    const index = await createSiteIndex();
    // Pages are handed over in file order: Pagefind numbers pages as they come, and the same
    // site must give the same bundle (hosts and the precompression cache key on its bytes).
    const adding = new Set<Promise<void>>();
    for await (const [file, html] of readInOrder(distDir, searchable)) {
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
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  await pruneBundle(outputPath);
  const indexed = await indexedPageCount(outputPath);
  if (indexed !== searchable.length) throw new SearchIndexError(`Pagefind indexed ${indexed} pages but ${searchable.length} pages carry data-pagefind-body.`);
  if (cached) await keepBundle(outputPath, cached);
  return { pages: indexed, outputPath, fromCache: false };
}

/**
 * Stores a bundle under its key and keeps only the newest few: a rebuild needs the
 * last one, and builds running at the same time (tests) each find theirs whole.
 */
async function keepBundle(outputPath: string, cached: string, keep = 3) {
  const cacheDir = dirname(cached);
  const temp = `${cached}.${process.pid}.tmp`;
  await mkdir(cacheDir, { recursive: true });
  await cp(outputPath, temp, { recursive: true });
  await rename(temp, cached).catch(() => rm(temp, { recursive: true, force: true }));
  const bundles = await Promise.all(
    (await readdir(cacheDir)).filter((name) => !name.endsWith('.tmp')).map(async (name) => ({ name, mtime: (await stat(join(cacheDir, name))).mtimeMs })),
  );
  bundles.sort((a, b) => b.mtime - a.mtime);
  for (const old of bundles.slice(keep)) await rm(join(cacheDir, old.name), { recursive: true, force: true });
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
