/**
 * The `_headers` file (Netlify, Cloudflare Pages) gives every kind of URL
 * exactly the headers src/deploy/headers.ts defines, with the policies of
 * src/config/csp.ts and cms/csp.ts: read as those hosts read it (every
 * matching rule applies, a header repeated across matching rules would be
 * joined into a second policy), for every file of the build.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/build';
import { listFiles, readDist } from '../support/dist';
import { headerPolicy, HOST_FILES } from '../../src/deploy/integration';
import { CACHE, headersFor, parseCsp, responseKind } from '../../src/deploy/headers';
import { cspDirectives, scriptResources } from '../../src/config/csp';
import { adminCspDirectives } from '../../cms/csp';
import { cmsOptionsFromEnv } from '../../cms/env';

interface Rule { pattern: string; headers: [string, string][] }

function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers.push([name!, value!]);
    }
  }
  return rules;
}

/** Cloudflare Pages / Netlify matching: `*` matches anything (slashes too); otherwise exact. */
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

/** The headers a host sends for `path`, as it would combine them (comma-joined repeats). */
function served(rules: Rule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) if (matches(r.pattern, path)) for (const [k, v] of r.headers) out[k] = out[k] === undefined ? v : `${out[k]}, ${v}`;
  return out;
}

/** The URL path a file of the build is requested at (directory index pages by their folder). */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

describe('_headers for Netlify and Cloudflare Pages', async () => {
  const policy = await headerPolicy(DIST, '/');
  const rules = parseHeadersFile(readDist('_headers'));

  it('gives every file of the build exactly the headers of its kind, each header once', () => {
    const files = listFiles().filter((f) => !(HOST_FILES as readonly string[]).includes(f) && !/\.(gz|br)$/.test(f));
    expect(files.length).toBeGreaterThan(200);
    const wrong: string[] = [];
    for (const file of files) {
      const path = urlOf(file);
      const want = headersFor(policy, responseKind(policy, path)!);
      const got = served(rules, path);
      if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(want).sort())) wrong.push(`${path}: got ${JSON.stringify(got).slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('uses the site policy of src/config/csp.ts with frame-ancestors, and every hash any page carries in its <meta>', () => {
    const header = parseCsp(served(rules, '/en/')['Content-Security-Policy']!);
    for (const d of cspDirectives) {
      const [name, ...sources] = d.split(' ');
      expect(header.get(name!), name).toEqual(sources);
    }
    for (const s of scriptResources) expect(header.get('script-src')).toContain(s);
    expect(header.get('frame-ancestors')).toEqual(["'self'"]);
    for (const page of listFiles().filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      const meta = parseCsp(/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readDist(page))![1]!.replaceAll('&#39;', "'"));
      for (const [directive, sources] of meta) for (const s of sources) expect(header.get(directive), `${page}: ${directive} ${s}`).toContain(s);
    }
  });

  it('uses the admin policy of cms/csp.ts on admin/, the same as the admin page\'s <meta>, with frame-ancestors \'none\'', () => {
    const header = served(rules, '/admin/')['Content-Security-Policy']!;
    const directives = adminCspDirectives(cmsOptionsFromEnv());
    expect(header).toBe([...directives, "frame-ancestors 'none'"].join('; '));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readDist('admin/index.html'))![1]!;
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('caches hashed files for a year and pages, feeds and the search entry point for minutes', () => {
    expect(served(rules, `/_astro/x.css`)['Cache-Control']).toBe(CACHE.immutable);
    expect(served(rules, `/pagefind/fragment/en_1.pf_fragment`)['Cache-Control']).toBe(CACHE.immutable);
    for (const path of ['/', '/en/', '/en/rss.xml', '/feed.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) expect(served(rules, path)['Cache-Control'], path).toBe(CACHE.short);
  });

  it('stays within Cloudflare Pages\' limit of 100 rules', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
  });
});
