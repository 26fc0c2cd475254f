/**
 * The shipped nginx configuration (deploy/nginx/site.conf + the _nginx.conf
 * each build writes) on Debian's nginx, serving the base-path build at
 * /voices/: headers on each kind of response agree with src/deploy/headers.ts,
 * precompressed files are served as written, caching, the 404 page, the
 * trailing-slash redirect, MIME types, and search in Chromium through it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser';
import { BASE_PATH, ensureBaseBuild } from '../support/base-build';
import { startNginx, type Nginx } from '../support/nginx';
import { headerPolicy } from '../../src/deploy/integration';
import { headersFor, parseCsp, responseKind, type HeaderPolicy } from '../../src/deploy/headers';

interface Res { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

let nginx: Nginx;
let dist: string;
let policy: HeaderPolicy;

/** A raw GET (no decompression), so the test sees exactly what nginx sent. */
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<Res>((resolve, reject) => {
    const req = request(nginx.url + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

const GZIP = { 'accept-encoding': 'gzip' };
const first = (dir: string, re: RegExp) => readdirSync(join(dist, dir)).find((f) => re.test(f))!;

/** Every header src/deploy/headers.ts defines for this path is present with exactly that value. */
function expectHeaders(res: Res, path: string) {
  const kind = responseKind(policy, path.split('?')[0]!);
  expect(kind, path).toBeDefined();
  for (const [name, value] of Object.entries(headersFor(policy, kind!))) expect(res.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
}

beforeAll(async () => {
  dist = await ensureBaseBuild();
  policy = await headerPolicy(dist, BASE_PATH);
  nginx = await startNginx(dist, BASE_PATH);
});
afterAll(async () => {
  await nginx?.close();
});

describe('nginx with the shipped configuration', () => {
  it('serves pages with the full CSP (frame-ancestors included), security headers, short caching and the precompressed file', async () => {
    for (const page of ['', 'en/', 'fr/search/', 'stories/fiji-reef-memory/']) {
      const path = `${BASE_PATH}${page}`;
      const res = await get(path, GZIP);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expectHeaders(res, path);
      const csp = parseCsp(String(res.headers['content-security-policy']));
      expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*interest-cohort=\(\)/);
      expect(res.headers['cache-control']).toMatch(/max-age=300/);
      // gzip_static: the bytes are exactly the .gz the build wrote.
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      const file = join(dist, page, 'index.html');
      expect(res.body.equals(readFileSync(`${file}.gz`)), `${path} served from index.html.gz`).toBe(true);
      expect(gunzipSync(res.body).toString()).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('keeps every script and style hash of each page in the header policy, so header and <meta> never disagree', async () => {
    const page = `${BASE_PATH}fr/search/`;
    const html = readFileSync(join(dist, 'fr/search/index.html'), 'utf8');
    const meta = parseCsp(/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)![1]!.replaceAll('&#39;', "'"));
    const header = parseCsp(String((await get(page)).headers['content-security-policy']));
    for (const [directive, sources] of meta) for (const s of sources) expect(header.get(directive), `${directive} ${s}`).toContain(s);
  });

  it('serves hashed assets with long immutable caching, the rest of Pagefind with short caching', async () => {
    const css = `${BASE_PATH}_astro/${first('_astro', /\.css$/)}`;
    const fragment = `${BASE_PATH}pagefind/fragment/${first('pagefind/fragment', /\.pf_fragment$/)}`;
    const index = `${BASE_PATH}pagefind/index/${first('pagefind/index', /\.pf_index$/)}`;
    const meta = `${BASE_PATH}pagefind/${first('pagefind', /\.pf_meta$/)}`;
    for (const path of [css, fragment, index, meta]) {
      const res = await get(path, GZIP);
      expect(res.status, path).toBe(200);
      expectHeaders(res, path);
      expect(res.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(css)).headers['content-type']).toBe('text/css; charset=utf-8');
    for (const path of [fragment, index, meta, `${BASE_PATH}pagefind/wasm.en.pagefind`])
      expect((await get(path)).headers['content-type'], path).toBe('application/octet-stream');
    const js = await get(`${BASE_PATH}pagefind/pagefind.js`, GZIP);
    expectHeaders(js, `${BASE_PATH}pagefind/pagefind.js`);
    expect(js.headers['cache-control']).toMatch(/max-age=300/);
    expect(js.headers['content-encoding']).toBe('gzip');
  });

  it('gives the CMS its own policy, no framing at all, and no caching', async () => {
    const path = `${BASE_PATH}admin/`;
    const res = await get(path);
    expect(res.status).toBe(200);
    expectHeaders(res, path);
    const csp = parseCsp(String(res.headers['content-security-policy']));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toContain("'unsafe-eval'");
    expect(res.headers['cache-control']).toBe('no-cache');
    const config = await get(`${BASE_PATH}admin/config.fr.json`);
    expect(config.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers a missing page with the 404 page and its headers, and redirects to the trailing slash', async () => {
    const missing = `${BASE_PATH}en/no-such-page/`;
    const res = await get(missing);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    expectHeaders(res, missing);
    const redirect = await get(`${BASE_PATH}en/stories`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`${BASE_PATH}en/stories/`);
    // What the build writes for the host stays private.
    expect((await get(`${BASE_PATH}_nginx.conf`)).status).toBe(404);
    expect((await get(`${BASE_PATH}_headers`)).status).toBe(404);
  });

  it('serves feeds, captions and WebAssembly with their MIME types', async () => {
    const types: [string, string][] = [
      [`${BASE_PATH}en/rss.xml`, 'application/rss+xml; charset=utf-8'],
      [`${BASE_PATH}en/themes/climate/rss.xml`, 'application/rss+xml; charset=utf-8'],
      [`${BASE_PATH}feed.json`, 'application/feed+json; charset=utf-8'],
      [`${BASE_PATH}sitemap-index.xml`, 'text/xml; charset=utf-8'],
    ];
    const vtt = readdirSync(join(dist, 'media/videos'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.vtt'));
    expect(vtt, 'a caption file in the build').toBeDefined();
    types.push([`${BASE_PATH}media/videos/${vtt}`, 'text/vtt; charset=utf-8']);
    const wasm = readdirSync(join(dist, 'admin/decap')).find((f) => f.endsWith('.wasm'));
    if (wasm) types.push([`${BASE_PATH}admin/decap/${wasm}`, 'application/wasm']);
    for (const [path, type] of types) {
      const res = await get(path, GZIP);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
      expectHeaders(res, path);
    }
  });

  it('runs search in Chromium through nginx, with results under the base path (first-search transfer reported)', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${nginx.url}${BASE_PATH}en/search/`);
      await page.waitForSelector('.search-app[data-ready]');
      const before = nginx.accessLog().length;
      await page.fill('#search-q', 'climate');
      await page.press('#search-q', 'Enter');
      await page.waitForSelector('.search-results[data-done="?q=climate"]', { timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      const links = await page.$$eval('.search-result h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect(l.startsWith(BASE_PATH), l).toBe(true);
      // The first result opens.
      expect((await get(links[0]!)).status).toBe(200);
      expect(problems).toEqual([]);
      // Bytes on the wire (headers included) for the first search, as nginx logged them.
      const lines = nginx.accessLog().slice(before).map((l) => l.split(' '));
      const sum = (ls: string[][]) => (ls.reduce((n, l) => n + Number(l[2]), 0) / 1024).toFixed(1);
      const search = lines.filter(([uri]) => !/\.(webp|avif|jpe?g|png)$/.test(uri!));
      console.info(`first search through nginx (gzip_static): ${lines.length} requests, ${sum(lines)} kB transferred; Pagefind and page assets ${sum(search)} kB in ${search.length}, result images ${sum(lines.filter((l) => !search.includes(l)))} kB`);
      expect(lines.some(([uri]) => uri!.includes('/pagefind/'))).toBe(true);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
