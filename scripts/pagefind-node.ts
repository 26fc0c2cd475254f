/**
 * Query a built Pagefind index from Node, exactly as a browser would: import
 * dist/pagefind/pagefind.js and let it fetch its own chunks. Node's fetch
 * cannot read file:// URLs, so a small shim serves those from disk (every
 * other URL goes to the real fetch). Used by tests/build and the benchmark.
 *
 *   const pagefind = await loadPagefind('dist');
 *   const { results } = await pagefind.search('salud', { filters: { locale: 'es' } });
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../src/search/pagefind-api.ts';

export type { PagefindApi, PagefindResultData } from '../src/search/pagefind-api.ts';

let shimmed = false;
function installFileFetch() {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith('file:')) return realFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(href.split('?')[0]!)), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/** The Pagefind JS API of the index in `distDir/pagefind/`, initialised. */
export async function loadPagefind(distDir: string): Promise<PagefindApi> {
  installFileFetch();
  const bundle = pathToFileURL(resolve(distDir, 'pagefind') + '/');
  const pagefind = (await import(new URL('pagefind.js', bundle).href)) as PagefindApi;
  // Result URLs stay site-relative ("/stories/x/"), as in the browser.
  await pagefind.options({ basePath: bundle.href, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}
