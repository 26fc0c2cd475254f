/**
 * The HTTP headers the site should be served with, defined once and written
 * for each kind of host: a `_headers` file (Netlify, Cloudflare Pages) and
 * nginx `location` blocks. The policies come from the same sources as the
 * <meta> policies (src/config/csp.ts, cms/csp.ts) plus the script and style
 * hashes Astro put in the built pages, so header and meta cannot disagree.
 * Headers add what a <meta> cannot: frame-ancestors, nosniff, Permissions-Policy.
 */

export const CACHE = {
  /** Files whose name changes with their content (Astro's /_astro/, Pagefind's chunks). */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, feeds, media: a withdrawal must reach readers within minutes of a deploy. */
  short: 'public, max-age=300, must-revalidate',
  /** The CMS page and its config: always ask. */
  admin: 'no-cache',
} as const;

export const COMMON_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // No camera, microphone or location for any page or embedded player; no FLoC/Topics cohorts.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
} as const;

export interface HeaderPolicy {
  /** The site's base path, with slashes at both ends. */
  base: string;
  /** The public site's policy, including frame-ancestors. */
  siteCsp: string;
  /** The CMS page's policy, including frame-ancestors. */
  adminCsp: string;
}

export type ResponseKind = 'page' | 'immutable' | 'pagefind' | 'admin';

/** Pagefind's content-hashed files: chunk folders and the per-language meta file. */
const PAGEFIND_HASHED = /^pagefind\/(?:(?:fragment|index|filter)\/.+|pagefind\.[^/]+\.pf_meta)$/;

/** Which kind of response a URL path gets (undefined outside the base path). */
export function responseKind(policy: HeaderPolicy, urlPath: string): ResponseKind | undefined {
  if (!urlPath.startsWith(policy.base) && `${urlPath}/` !== policy.base) return undefined;
  const rel = urlPath.slice(policy.base.length);
  if (rel.startsWith('admin/') || rel === 'admin') return 'admin';
  if (rel.startsWith('_astro/') || PAGEFIND_HASHED.test(rel)) return 'immutable';
  if (rel.startsWith('pagefind/')) return 'pagefind';
  return 'page';
}

/** Every header a response of this kind carries: the single definition the writers below and the tests use. */
export function headersFor(policy: HeaderPolicy, kind: ResponseKind): Record<string, string> {
  switch (kind) {
    case 'admin':
      return { ...COMMON_HEADERS, 'Content-Security-Policy': policy.adminCsp, 'Cache-Control': CACHE.admin };
    case 'immutable':
      return { ...COMMON_HEADERS, 'Cache-Control': CACHE.immutable };
    case 'pagefind':
      return { ...COMMON_HEADERS, 'Cache-Control': CACHE.short };
    case 'page':
      return { ...COMMON_HEADERS, 'Content-Security-Policy': policy.siteCsp, 'Cache-Control': CACHE.short };
  }
}

// ------------------------------------------------------------ policies

/** "a b; c d" → Map(a → [b], c → [d]). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

export const serializeCsp = (policy: Map<string, string[]>) => [...policy].map(([k, v]) => [k, ...v].join(' ')).join('; ');

/**
 * The header policy for the public site: the directives of src/config/csp.ts,
 * script-src/style-src with every hash Astro wrote in any page (each page's
 * <meta> lists its own; a header serves them all), and frame-ancestors.
 */
export function siteHeaderCsp(directives: readonly string[], scriptResources: readonly string[], pageHashes: { script: Iterable<string>; style: Iterable<string> }): string {
  const policy = parseCsp(directives.join('; '));
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  policy.set('script-src', [...scriptResources, ...sorted(pageHashes.script)]);
  policy.set('style-src', ["'self'", ...sorted(pageHashes.style)]);
  policy.set('frame-ancestors', ["'self'"]);
  return serializeCsp(policy);
}

/** The admin policy of cms/csp.ts, plus frame-ancestors (nobody may frame the CMS). */
export const adminHeaderCsp = (directives: readonly string[]) => serializeCsp(parseCsp([...directives, "frame-ancestors 'none'"].join('; ')));

// ------------------------------------------------------------ _headers (Netlify, Cloudflare Pages)

/**
 * Netlify and Cloudflare Pages apply every rule whose path matches, and join
 * repeated header names with commas, which would turn two CSPs into two
 * enforced policies. So each header name appears in exactly one matching rule
 * per path: common headers on /*, the rest per top-level entry of the build.
 */
export function headersFile(policy: HeaderPolicy, topLevel: { name: string; dir: boolean }[], pagefindFiles: string[]): string {
  const b = policy.base;
  const blocks: [string, Record<string, string>][] = [[`${b === '/' ? '' : b.slice(0, -1)}/*`, { ...COMMON_HEADERS }]];
  const rest = (kind: ResponseKind) => {
    const { 'Referrer-Policy': _r, 'X-Content-Type-Options': _x, 'Permissions-Policy': _p, ...own } = headersFor(policy, kind);
    return own;
  };
  blocks.push([b, rest('page')]);
  for (const entry of topLevel) {
    if (entry.name === 'pagefind') {
      for (const dir of ['fragment', 'index', 'filter']) blocks.push([`${b}pagefind/${dir}/*`, rest('immutable')]);
      for (const file of pagefindFiles) blocks.push([`${b}pagefind/${file}`, rest(responseKind(policy, `${b}pagefind/${file}`)!)]);
      continue;
    }
    const path = `${b}${entry.name}${entry.dir ? '/*' : ''}`;
    blocks.push([path, rest(responseKind(policy, `${b}${entry.name}${entry.dir ? '/' : ''}`)!)]);
  }
  const lines = ['# Generated at build by src/deploy/ from src/config/csp.ts and cms/csp.ts: do not edit.'];
  for (const [path, headers] of blocks) {
    lines.push(path);
    for (const [name, value] of Object.entries(headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

// ------------------------------------------------------------ nginx

const nginxQuote = (value: string) => `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`;
const addHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${nginxQuote(value)} always;`).join('\n');
const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** RSS and JSON Feed files, by path: their extensions (.xml, .json) alone would give generic types. */
export const FEED_TYPES: [string, string][] = [
  ['/rss\\.xml$', 'application/rss+xml'],
  ['/feed\\.json$', 'application/feed+json'],
];

/**
 * nginx `location` blocks, included by deploy/nginx/site.conf. nginx uses the
 * add_header lines of the one location that matches (none are inherited once
 * a location has its own), so each block carries the full set.
 */
export function nginxLocations(policy: HeaderPolicy, privateFiles: string[]): string {
  const b = policy.base;
  const out = ['# Generated at build by src/deploy/ from src/config/csp.ts and cms/csp.ts: do not edit.'];
  for (const file of privateFiles) out.push(`location = ${b}${file} { return 404; }`);
  out.push(`location ^~ ${b}_astro/ {\n${addHeaders(headersFor(policy, 'immutable'), '  ')}\n}`);
  out.push(`location ~ ^${regexEscape(b)}pagefind/(?:(?:fragment|index|filter)/|pagefind\\.[^/]+\\.pf_meta$) {\n${addHeaders(headersFor(policy, 'immutable'), '  ')}\n}`);
  // Plain prefix (not ^~), so the regex above wins for the hashed files.
  out.push(`location ${b}pagefind/ {\n${addHeaders(headersFor(policy, 'pagefind'), '  ')}\n}`);
  out.push(`location ^~ ${b}admin/ {\n${addHeaders(headersFor(policy, 'admin'), '  ')}\n}`);
  // Feeds get their own MIME types (nested locations inherit the headers above them).
  out.push(`location ${b} {\n${addHeaders(headersFor(policy, 'page'), '  ')}\n${FEED_TYPES.map(([re, type]) => `  location ~ ${re} { types { } default_type ${type}; }`).join('\n')}\n}`);
  out.push(`error_page 404 ${b}404.html;`);
  return `${out.join('\n')}\n`;
}
