/**
 * Search cost on a built site, for the project benchmark.
 *
 *   import { measureSearch } from './scripts/bench-search.mjs';
 *   const r = await measureSearch({ distDir: 'dist', query: 'climate' });
 *   // r = { indexBytes, firstQueryBytes, firstQueryMs, ...details }
 *
 * CLI: npm exec -c 'node scripts/bench-search.mjs dist climate'   (prints JSON)
 *
 * - indexBytes: bytes on disk of dist/pagefind/ (script, WebAssembly, index,
 *   fragments, filters): what a host stores for search.
 * The reader taps the search box, types the query at 80 ms a key (quicker
 * than people type on a phone) and presses Enter.
 * - firstQueryBytes: bytes the browser downloads (body bytes served by this
 *   static server, which also sees what Pagefind's web worker fetches; it sends
 *   the build's .br/.gz files as a host with precompressed files does) from the
 *   tap on the search box of /<locale>/search/ (the island starts fetching
 *   Pagefind then) until the results are shown and the network is quiet:
 *   Pagefind script, WebAssembly, index and filter chunks, result fragments and
 *   thumbnails. The page itself is loaded before and not counted. Details split
 *   it into pagefindBytes and imageBytes.
 * - firstQueryMs: from pressing Enter to the results (or empty state) being
 *   rendered (`data-shown`); settledMs: until facet counts are final too (`data-done`), measured from Node around Chromium (Debian's /usr/bin/chromium,
 *   or CHROMIUM_PATH), cache disabled.
 * The site is served from 127.0.0.1 by the project's static server (scripts/lib/static-server.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';

/** Total size in bytes of the files under `dir`. */
export function directoryBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(p) : statSync(p).size;
  }
  return total;
}

/** Serves `root` and logs each response's size: it also sees what Pagefind's web worker fetches. */
async function serve(root) {
  const log = { served: [], inFlight: 0, lastActivity: performance.now() };
  const server = await serveDir(root, {
    precompressed: true,
    onFile: (path, bytes, res) => {
      log.inFlight++;
      log.lastActivity = performance.now();
      res.on('close', () => {
        log.inFlight--;
        log.lastActivity = performance.now();
        log.served.push({ path, bytes, at: performance.now() });
      });
    },
  });
  return { server, log };
}

/**
 * @param {{ distDir: string, query?: string, locale?: 'en' | 'fr' | 'es', timeoutMs?: number }} options
 * @returns {Promise<{ indexBytes: number, firstQueryBytes: number, firstQueryMs: number, pagefindBytes: number, imageBytes: number, requests: number, results: number }>}
 */
export async function measureSearch({ distDir, query = 'climate', locale = 'en', timeoutMs = 60_000 }) {
  const root = resolve(distDir);
  if (!existsSync(join(root, 'pagefind', 'pagefind.js'))) throw new Error(`${root} has no pagefind/ bundle: build the site first (npm run build).`);
  const indexBytes = directoryBytes(join(root, 'pagefind'));

  const { server, log } = await serve(root);
  const base = server.url;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // A fresh context: nothing of the search is cached.
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/${locale}/search/`, { waitUntil: 'networkidle', timeout: timeoutMs });
    await page.waitForSelector('.search-app[data-ready]', { timeout: timeoutMs });
    const tapped = performance.now();
    await page.click('#search-q');
    await page.locator('#search-q').pressSequentially(query, { delay: 80 });

    const started = performance.now();
    await page.press('#search-q', 'Enter');
    const done = `?${new URLSearchParams({ q: query.trim() })}`.replace(/"/g, '\\"');
    await page.waitForSelector(`.search-results[data-shown="${done}"]`, { timeout: timeoutMs });
    const firstQueryMs = Math.round(performance.now() - started);
    await page.waitForSelector(`.search-results[data-done="${done}"]`, { timeout: timeoutMs });
    const settledMs = Math.round(performance.now() - started);
    const results = await page.locator('.search-result').count();

    // Let thumbnails and any late chunk finish: a quiet network for 500 ms.
    const deadline = performance.now() + timeoutMs;
    while ((log.inFlight > 0 || performance.now() - log.lastActivity < 500) && performance.now() < deadline) await page.waitForTimeout(100);

    const after = log.served.filter((r) => r.at >= tapped);
    const sum = (test) => after.filter((r) => test(r.path)).reduce((n, r) => n + r.bytes, 0);
    return {
      indexBytes,
      firstQueryBytes: sum(() => true),
      firstQueryMs,
      settledMs,
      pagefindBytes: sum((p) => p.startsWith('/pagefind/')),
      imageBytes: sum((p) => /\.(webp|avif|png|jpe?g)$/.test(p)),
      requests: after.length,
      results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [distDir = 'dist', query = 'climate', locale = 'en'] = process.argv.slice(2);
  console.log(JSON.stringify(await measureSearch({ distDir, query, locale }), null, 2));
}
