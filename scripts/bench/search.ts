/**
 * The first search a reader makes: bytes downloaded and time until results
 * are shown, through the real search page (measureSearch() of
 * scripts/bench-search.mjs, written with the search island) and through
 * Pagefind's own JS API on a story page (no UI cost: the floor).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../lib/chromium.ts';
import { serveDir } from '../lib/static-server.ts';
import type { SearchRow } from './report.ts';

const SHOWN = 5; // results whose excerpt is loaded, as a results list shows them

/**
 * The first query on a fresh page, measured through the real search page by
 * measureSearch() of scripts/bench-search.mjs when it exists, and always
 * through Pagefind's API alone (below). Each: { source, bytes, ms, results, requests, note }.
 */
type Where = { distDir: string; query: string; pagePath: string };

export async function firstSearch({ root, distDir, query, pagePath }: Where & { root: string }): Promise<SearchRow[]> {
  const out: SearchRow[] = [];
  const shared = join(root, 'scripts/bench-search.mjs');
  if (existsSync(shared)) {
    const mod = await import(pathToFileURL(shared).href);
    if (typeof mod.measureSearch === 'function') {
      try {
        const r = await mod.measureSearch({ distDir, query });
        out.push({
          source: 'search page (scripts/bench-search.mjs)',
          bytes: r.firstQueryBytes ?? r.bytes ?? null,
          ms: r.firstQueryMs ?? r.ms ?? null,
          results: r.results ?? null,
          requests: r.requests ?? null,
          note: `served compressed (the build's .br/.gz); bytes from the tap on the search box (query typed at 80 ms a key): Pagefind ${kB(r.pagefindBytes)}, images ${kB(r.imageBytes)}; Enter to results rendered${r.settledMs != null ? `, ${r.settledMs} ms to facet counts final` : ''}`,
        });
      } catch (err) {
        out.push({ source: 'search page (scripts/bench-search.mjs)', error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  out.push({ source: 'Pagefind JS API in Chromium', ...(await apiSearch({ distDir, query, pagePath })) });
  return out;
}

const kB = (b: number | null | undefined) => (b == null ? '?' : `${(b / 1024).toFixed(1)} kB`);

/**
 * API only: open a story page (no JS of its own, so nothing else downloads),
 * then import /pagefind/pagefind.js, search, and load the first results'
 * excerpts. The page's CSP is bypassed only so the test can inject the import.
 */
export async function apiSearch({ distDir, query, pagePath }: Where) {
  if (!existsSync(join(distDir, 'pagefind/pagefind.js'))) throw new Error(`No Pagefind bundle in ${distDir}/pagefind/`);
  const server = await serveDir(resolve(distDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + pagePath, { waitUntil: 'load' });
    const requests: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (req) => {
      const sizes = await req.sizes().catch(() => null);
      requests.push({ url: new URL(req.url()).pathname, bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
    });
    const out = await page.evaluate(
      async ({ q, shown }) => {
        const t0 = performance.now();
        const bundle = '/pagefind/pagefind.js'; // the site's, loaded in the page
        const pf = await import(bundle);
        await pf.init?.();
        const search = await pf.search(q);
        const data = await Promise.all(search.results.slice(0, shown).map((r: { data: () => Promise<unknown> }) => r.data()));
        return { ms: performance.now() - t0, results: search.results.length, shown: data.length };
      },
      { q: query, shown: SHOWN },
    );
    await page.waitForTimeout(200); // let the last requestfinished events arrive
    const pf = requests.filter((r) => r.url.startsWith('/pagefind/'));
    const served = pf.reduce((s, r) => s + r.bytes, 0);
    // Index chunks and the WebAssembly are stored gzipped; a host would also gzip the JS and JSON.
    const bytes = pf.reduce((s, r) => s + (/\.(js|json)$/.test(r.url) ? gzipSync(readFileSync(join(distDir, r.url))).length : r.bytes), 0);
    return {
      bytes,
      served,
      ms: out.ms,
      results: out.results,
      requests: pf.length,
      note: `${(served / 1024).toFixed(1)} kB as served uncompressed, bytes count pagefind JS/JSON gzipped; excerpts of the first ${SHOWN} results loaded; localhost, no throttling`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
