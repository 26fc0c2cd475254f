/** Reading the built site: list files, read pages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './build';

/** Every file under `dir`, as paths relative to it, with forward slashes. */
export function listFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const htmlPages = (dir = DIST) => listFiles(dir).filter((f) => f.endsWith('.html'));
export const readDist = (path: string, dir = DIST) => readFileSync(join(dir, path), 'utf8');

/** Words that appear only in entries that must never be published (see content/stories). */
export const UNPUBLISHED = {
  slugs: ['draft-unpublished-story', 'future-dated-story', 'withdrawn-story'],
  words: ['zorblatquix', 'quintrelvash', 'vorpaldine'],
};

/** The <main> of a page: what a listing lists, without header and footer links. */
export const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/**
 * The <main> of every page of a paginated listing (stories, a theme, a country), from the URL path of
 * its first page, following the rel="next" links of Pagination.astro. `read` gets each page's URL path.
 */
export async function listingPages(first: string, read: (path: string) => string | Promise<string>): Promise<string[]> {
  const pages: string[] = [];
  const seen = new Set<string>();
  for (let path: string | undefined = first; path; ) {
    if (seen.has(path)) throw new Error(`The pagination of ${first} comes back to ${path}`);
    seen.add(path);
    const main = mainOf(await read(path));
    pages.push(main);
    const next = /<a\b[^>]*\brel="next"[^>]*>/.exec(main)?.[0];
    path = next && /\bhref="([^"]+)"/.exec(next)?.[1];
  }
  return pages;
}

/** The same from dist/ (the site built at the root path). */
export const distListingPages = (first: string, dir = DIST) => listingPages(first, (path) => readDist(`${path.replace(/^\//, '')}index.html`, dir));
