/**
 * After the build (and after Pagefind and the CMS have written their files;
 * this integration must come last in astro.config.mjs): write the host
 * headers (`_headers`, `_nginx.conf`) from the CSP sources and the hashes
 * Astro put in the pages, then precompress text files (off with YDV_PRECOMPRESS=0).
 */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDirectives, scriptResources } from '../config/csp';
import { adminCspDirectives } from '../../cms/csp';
import { cmsOptionsFromEnv } from '../../cms/env';
import { adminHeaderCsp, headersFile, nginxLocations, parseCsp, siteHeaderCsp, type HeaderPolicy } from './headers';
import { addReports, precompress, type CompressReport, type Compressed } from './compress';
import { readInOrder } from '../lib/pool';

/** Files written here for the host, never to be served. */
export const HOST_FILES = ['_headers', '_nginx.conf'] as const;

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

async function htmlFiles(dir: string, root = dir, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await htmlFiles(path, root, out);
    else if (entry.name.endsWith('.html')) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/** Every script and style hash in the <meta> policies of the public pages. */
export async function pageHashes(dist: string) {
  const script = new Set<string>();
  const style = new Set<string>();
  const pages = (await htmlFiles(dist)).filter((page) => !page.startsWith('admin/'));
  for await (const [, html] of readInOrder(dist, pages)) {
    const content = META_CSP.exec(html)?.[1];
    if (!content) continue;
    const policy = parseCsp(content.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
    for (const s of policy.get('script-src') ?? []) if (s.startsWith("'sha")) script.add(s);
    for (const s of policy.get('style-src') ?? []) if (s.startsWith("'sha")) style.add(s);
  }
  return { script, style };
}

export async function headerPolicy(dist: string, base: string): Promise<HeaderPolicy> {
  return {
    base,
    siteCsp: siteHeaderCsp(cspDirectives, scriptResources, await pageHashes(dist)),
    adminCsp: adminHeaderCsp(adminCspDirectives(cmsOptionsFromEnv())),
  };
}

export async function writeHostFiles(dist: string, base: string): Promise<HeaderPolicy> {
  const policy = await headerPolicy(dist, base);
  const hidden = new Set<string>(HOST_FILES);
  const top = (await readdir(dist, { withFileTypes: true }))
    .filter((e) => !hidden.has(e.name))
    .map((e) => ({ name: e.name, dir: e.isDirectory() }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const pagefindFiles = top.some((e) => e.name === 'pagefind')
    ? (await readdir(join(dist, 'pagefind'), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort()
    : [];
  await writeFile(join(dist, '_headers'), headersFile(policy, top, pagefindFiles));
  await writeFile(join(dist, '_nginx.conf'), nginxLocations(policy, [...HOST_FILES]));
  return policy;
}

/**
 * Pages, feeds and bundles are final once Astro has generated them; Pagefind's
 * bundle, the sitemap and the CMS come later, in other integrations' build:done.
 * Hidden folders are Astro's own scratch space (.prerender), removed meanwhile.
 */
const finalWhenGenerated = (path: string) => !/^(?:pagefind|admin)\//.test(path) && !/(?:^|\/)\.(?!well-known\/)/.test(path);

export default function deploy(): AstroIntegration {
  let base = '/';
  let early: Promise<CompressReport> | undefined;
  const done: Compressed = new Map();
  const enabled = () => process.env.YDV_PRECOMPRESS !== '0';
  return {
    name: 'ydv-deploy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:generated': ({ dir }) => {
        // Not awaited: the pages compress while Pagefind indexes them in its own process.
        if (!enabled()) return;
        early = precompress(fileURLToPath(dir), { only: finalWhenGenerated, done, prune: false });
        // Awaited in build:done; until then a failure must not count as unhandled.
        early.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await writeHostFiles(dist, base);
        logger.info('wrote _headers (Netlify, Cloudflare Pages) and _nginx.conf (deploy/nginx/site.conf)');
        if (!enabled()) return;
        const started = Date.now();
        const first = early ? await early : undefined;
        const rest = await precompress(dist, { done });
        const r = first ? addReports(first, rest) : rest;
        const kB = (n: number) => `${Math.round(n / 1024)} kB`;
        logger.info(
          `precompressed ${r.files} files (${kB(r.bytes)} → gzip ${kB(r.gzip)}, brotli ${kB(r.brotli)}; ${r.fromCache} from cache)${first ? `, ${first.files} of them while the other integrations ran,` : ''} in ${Date.now() - started} ms after them`,
        );
      },
    },
  };
}
