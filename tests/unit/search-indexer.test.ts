/**
 * The indexer fails loudly: a page that lost its search facts, or a site with
 * nothing to index, stops the build. An unchanged site reuses the last bundle;
 * any change to a searchable page indexes again.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexBuiltSite, SearchIndexError } from '../../src/search/indexer';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'search-indexer-'));
  dirs.push(dir);
  return dir;
}
function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'search-indexer-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
const page = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Menu</nav>${body}</body></html>`;
const entry = (text: string) => `<article data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="format:story"></span></div><h1>${text}</h1><p>${text}</p></article>`;

describe('indexBuiltSite', () => {
  test('indexes entry pages of every language into one index and ships no Pagefind UI files', async () => {
    const dir = site({
      'stories/a/index.html': page(entry('La santé des migrants'), 'fr'),
      'stories/b/index.html': page(entry('ფსიქიკური ჯანმრთელობა'), 'ka'),
      'en/about/index.html': page('<p>About us</p>'),
    });
    const { pages } = await indexBuiltSite(dir, { cacheDir: tempDir() });
    expect(pages).toBe(2);
    const bundle = readdirSync(join(dir, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    expect(bundle.filter((f) => f.includes('-ui.'))).toEqual([]);
    expect(bundle.filter((f) => f.startsWith('wasm.')).sort()).toEqual(['wasm.en.pagefind', 'wasm.unknown.pagefind']);
  });

  test('refuses an entry page without its search facts, naming it', async () => {
    const dir = site({ 'stories/a/index.html': page('<article data-pagefind-body><h1>No facts</h1></article>') });
    await expect(indexBuiltSite(dir, { cacheDir: tempDir() })).rejects.toThrow(/stories\/a\/index\.html/);
  });

  test('refuses a site with no entry page at all', async () => {
    const dir = site({ 'index.html': page('<p>Nothing to search</p>') });
    await expect(indexBuiltSite(dir, { cacheDir: tempDir() })).rejects.toBeInstanceOf(SearchIndexError);
  });

  test('reuses the last bundle while the searchable pages are unchanged, and indexes again when one changes', async () => {
    const cacheDir = tempDir();
    const pages = { 'stories/a/index.html': page(entry('Climate and family')), 'stories/b/index.html': page(entry('Health at home')), 'en/about/index.html': page('<p>About</p>') };
    const bundle = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))]));

    const first = site(pages);
    expect(await indexBuiltSite(first, { cacheDir })).toMatchObject({ pages: 2, fromCache: false });
    // The same pages in a fresh dist/ (a rebuild): the same bundle, without Pagefind.
    const again = site(pages);
    expect(await indexBuiltSite(again, { cacheDir })).toMatchObject({ pages: 2, fromCache: true });
    expect(bundle(again)).toEqual(bundle(first));
    // A page outside the index changes: still the cached bundle.
    const aboutChanged = site({ ...pages, 'en/about/index.html': page('<p>About us, rewritten</p>') });
    expect(await indexBuiltSite(aboutChanged, { cacheDir })).toMatchObject({ fromCache: true });
    // One word of a story changes: indexed again.
    const storyChanged = site({ ...pages, 'stories/b/index.html': page(entry('Health at home and abroad')) });
    expect(await indexBuiltSite(storyChanged, { cacheDir })).toMatchObject({ pages: 2, fromCache: false });
    expect(bundle(storyChanged)).not.toEqual(bundle(first));
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
