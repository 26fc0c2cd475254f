/**
 * No dead ends: every link and resource a built page points to on this site
 * exists in dist/, and every page has what search engines and link previews
 * need (title, description, absolute canonical and hreflang URLs). Run on
 * the default build and on a build under a base path (tests/support/base-build.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { extname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { DIST, ROOT } from '../support/build';
import { htmlPages, readDist } from '../support/dist';
import { SITE } from '../../src/config/site';
import { BASE_PATH, ensureBaseBuild } from '../support/base-build';

const SITE_ORIGIN = new URL(SITE.url).origin;

const all = (node: Root | RootContent, out: Element[] = []): Element[] => {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) all(c, out);
  return out;
};
const prop = (el: Element, name: string) => {
  const v = el.properties[name];
  return v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};
const srcsetUrls = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean) : []);

/** Every URL a page refers to, with where it came from. */
function references(els: Element[]): { url: string; from: string }[] {
  const refs: { url: string; from: string }[] = [];
  const add = (url: string | undefined, from: string) => url !== undefined && refs.push({ url, from });
  for (const el of els) {
    const t = el.tagName;
    if (t === 'a' || t === 'area') add(prop(el, 'href'), `<${t} href>`);
    if (t === 'link') add(prop(el, 'href'), `<link rel=${prop(el, 'rel')}>`);
    if (['img', 'source', 'track', 'script', 'iframe', 'audio', 'video'].includes(t)) add(prop(el, 'src'), `<${t} src>`);
    if (t === 'img' || t === 'source') for (const u of srcsetUrls(prop(el, 'srcSet'))) add(u, `<${t} srcset>`);
    if (t === 'video') add(prop(el, 'poster'), '<video poster>');
    if (t === 'form') add(prop(el, 'action'), '<form action>');
    if (t === 'meta' && /^(og:image|og:url|twitter:image|og:video)$/.test(prop(el, 'property') ?? prop(el, 'name') ?? '')) add(prop(el, 'content'), `<meta ${prop(el, 'property') ?? prop(el, 'name')}>`);
  }
  return refs;
}

const SUPPORT_NUMBERS = new Set(
  readdirSync(join(ROOT, 'content', 'support')).flatMap((id) => {
    const c = parseYaml(readFileSync(join(ROOT, 'content', 'support', id, 'index.md'), 'utf8').split(/^---$/m)[1]!).contact ?? {};
    return [c.phone, c.sms].filter(Boolean).map((n: string) => n.replace(/\D/g, ''));
  }),
);

const isRedirectStub = (html: string) => /<meta http-equiv="refresh" content="0;url=\/[^"]*"/.test(html) && !/<main/.test(html);

/** The checks, for one build: `DIST` served at `BASE` on SITE.url's origin. */
function checkBuild(DIST: string, BASE: string) {
  /** The dist file a URL on this site serves, or undefined for other sites and non-HTTP links. */
  function distPath(url: string, page: string): string | undefined {
    const base = `${SITE_ORIGIN}${BASE}${page.replace(/index\.html$/, '')}`;
    let u: URL;
    try {
      u = new URL(url, base);
    } catch {
      return `unparseable URL ${url}`;
    }
    if (u.origin !== SITE_ORIGIN) return undefined;
    let path = decodeURIComponent(u.pathname);
    // Outside the base path is outside this site: a link there is dead.
    if (!path.startsWith(BASE)) return `outside the base path ${BASE}: ${path}`;
    path = `/${path.slice(BASE.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    else if (!extname(path) && existsSync(join(DIST, path)) && statSync(join(DIST, path)).isDirectory()) path += '/index.html';
    return path.replace(/^\//, '');
  }


  const pages = htmlPages(DIST);
  const parsed = new Map(pages.map((p) => [p, all(fromHtml(readDist(p, DIST)))]));
  const idsOf = (page: string) => new Set(parsed.get(page)!.map((e) => prop(e, 'id')).filter(Boolean));

  describe(`links in the built site${BASE === '/' ? '' : ` under ${BASE}`}`, () => {
    it('resolve to files in dist (href, src, srcset, poster, tracks, alternates, og:image, forms)', () => {
      expect(pages.length).toBeGreaterThan(50);
      const broken: string[] = [];
      let checked = 0;
      for (const page of pages) {
        for (const { url, from } of references(parsed.get(page)!)) {
          // Share-by-e-mail links carry no address; any other non-web link is a contact detail or worse.
          if (/^mailto:\?/i.test(url)) continue;
          // The organisation's safeguarding address (Report a concern, take-down) and the support directory's public numbers.
          if (url.split('?')[0] === `mailto:${SITE.safeguarding.email}`) continue;
          if (/^(?:tel|sms):\+?\d+$/.test(url) && SUPPORT_NUMBERS.has(url.replace(/\D/g, ''))) continue;
          if (/^(?:mailto|tel|sms|javascript|data|vbscript):/i.test(url)) {
            broken.push(`${page}: ${from} ${url} (no such links on this site)`);
            continue;
          }
          const file = distPath(url, page);
          if (file === undefined) continue;
          checked++;
          if (file.startsWith('unparseable') || file.startsWith('outside') || !existsSync(join(DIST, file))) broken.push(`${page}: ${from} ${url}`);
        }
      }
      expect(checked).toBeGreaterThan(pages.length * 10);
      expect(broken).toEqual([]);
    });

    it('point at anchors that exist (same page and other pages)', () => {
      const missing: string[] = [];
      for (const page of pages) {
        for (const { url, from } of references(parsed.get(page)!)) {
          const hash = url.indexOf('#');
          if (hash < 0 || url.length === hash + 1) continue;
          // "#/collections/…" is a route inside the CMS app (Decap's hash router), not an element id.
          if (url[hash + 1] === '/') continue;
          const id = decodeURIComponent(url.slice(hash + 1));
          const target = hash === 0 ? page : distPath(url, page);
          if (!target || !parsed.has(target)) continue;
          if (!idsOf(target).has(id)) missing.push(`${page}: ${from} ${url}`);
        }
      }
      expect(missing).toEqual([]);
    });
  });

  describe(`page metadata${BASE === '/' ? '' : ` under ${BASE}`}`, () => {
    it('gives every page a title, a description and an absolute canonical URL to itself or, for an entry, to its home-language version (none on noindex pages)', () => {
      // The CMS (admin/) is a tool for the team, not a page for readers or search engines.
      for (const page of pages.filter((p) => !p.startsWith('admin/'))) {
        const html = readDist(page, DIST);
        if (isRedirectStub(html)) continue;
        const els = parsed.get(page)!;
        const title = els.find((e) => e.tagName === 'title');
        expect(title?.children.map((c) => ('value' in c ? c.value : '')).join('').trim(), `${page} <title>`).toBeTruthy();
        const description = els.find((e) => e.tagName === 'meta' && prop(e, 'name') === 'description');
        expect(prop(description!, 'content')?.trim(), `${page} meta description`).toBeTruthy();
        const canonical = els.filter((e) => e.tagName === 'link' && prop(e, 'rel') === 'canonical');
        const noindex = els.some((e) => e.tagName === 'meta' && prop(e, 'name') === 'robots' && /noindex/.test(prop(e, 'content') ?? ''));
        expect(canonical, `${page} canonical`).toHaveLength(noindex ? 0 : 1);
        if (noindex) continue;
        const href = prop(canonical[0]!, 'href')!;
        expect(href, `${page} canonical`).toMatch(/^https:\/\//);
        const target = distPath(href, page);
        if (target === page) continue;
        // An entry's page in another interface language defers to the same entry's canonical version, which names itself.
        const entry = /^(?:en|fr|es)(\/(?:stories|videos|audio)\/[^/]+\/index\.html)$/.exec(page);
        expect(entry && target?.endsWith(entry[1]!), `${page} canonical points elsewhere: ${href}`).toBe(true);
        const own = parsed.get(target!)!.find((e) => e.tagName === 'link' && prop(e, 'rel') === 'canonical');
        expect(distPath(prop(own!, 'href')!, target!), `${target} canonical`).toBe(target);
      }
    });

    it('writes hreflang alternates as absolute URLs of pages that exist', () => {
      let seen = 0;
      for (const page of pages) {
        for (const el of parsed.get(page)!.filter((e) => e.tagName === 'link' && prop(e, 'hrefLang'))) {
          seen++;
          const href = prop(el, 'href')!;
          expect(href, `${page} hreflang=${prop(el, 'hrefLang')}`).toMatch(/^https:\/\//);
          const file = distPath(href, page);
          expect(file && existsSync(join(DIST, file)), `${page}: hreflang ${href}`).toBe(true);
        }
      }
      expect(seen).toBeGreaterThan(pages.length);
    });
  });
}

checkBuild(DIST, '/');
checkBuild(await ensureBaseBuild(), BASE_PATH);
