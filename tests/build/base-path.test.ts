/**
 * Under a base path (a GitHub Pages project site lives at /<repo>/), every
 * URL the build writes stays inside it: attributes of every page (new pages
 * included, whoever adds them), CSS, the sitemap, the feeds, the CMS config.
 * A URL built without src/lib/paths.ts shows up here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { XMLParser } from 'fast-xml-parser';
import { htmlPages, listFiles, readDist } from '../support/dist';
import { BASE_PATH, ensureBaseBuild } from '../support/base-build';
import { SITE } from '../../src/config/site';

const DIST = await ensureBaseBuild();
const ORIGIN = new URL(SITE.url).origin;
const HOME = `${ORIGIN}${BASE_PATH}`;

const all = (node: Root | RootContent, out: Element[] = []): Element[] => {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) all(c, out);
  return out;
};
const str = (v: unknown) => (v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v));

/** URL-valued attributes, by hast property name. */
const URL_PROPS = ['href', 'src', 'poster', 'action', 'componentUrl', 'rendererUrl', 'beforeHydrationUrl', 'dataSrc', 'dataHref'];

/** A URL that points into this site but not under the base path, or undefined. */
function outside(url: string): string | undefined {
  if (url === '' || url.startsWith('#') || /^(?:mailto|data|blob):/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    const u = new URL(url, HOME);
    return u.origin === ORIGIN && !u.pathname.startsWith(BASE_PATH) ? url : undefined;
  }
  // Relative URLs resolve under the page, which is under the base; root-relative ones must carry it.
  return url.startsWith('/') && !url.startsWith(BASE_PATH) ? url : undefined;
}

describe(`a build under ${BASE_PATH}`, () => {
  const pages = htmlPages(DIST);

  it('writes every page URL (href, src, srcset, poster, action, islands, Open Graph) under the base path', () => {
    expect(pages.length).toBeGreaterThan(50);
    const bad: string[] = [];
    let seen = 0;
    for (const page of pages) {
      for (const el of all(fromHtml(readDist(page, DIST)))) {
        const urls: string[] = [];
        for (const name of URL_PROPS) {
          const v = str(el.properties[name]);
          if (v !== undefined) urls.push(v);
        }
        for (const name of ['srcSet', 'imageSrcSet']) {
          const v = str(el.properties[name]);
          if (v) urls.push(...v.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
        }
        if (el.tagName === 'meta' && /^(og:|twitter:)/.test(str(el.properties.property) ?? str(el.properties.name) ?? '')) {
          const v = str(el.properties.content);
          if (v && /^(https?:)?\//.test(v)) urls.push(v);
        }
        for (const url of urls) {
          seen++;
          const o = outside(url);
          if (o) bad.push(`${page}: <${el.tagName}> ${o}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(pages.length * 10);
    expect(bad).toEqual([]);
  });

  it('gives the root language chooser and the 404 page links under the base path', () => {
    for (const page of ['index.html', '404.html']) {
      const links = all(fromHtml(readDist(page, DIST))).filter((e) => e.tagName === 'a').map((e) => str(e.properties.href)!);
      for (const l of ['en', 'fr', 'es']) expect(links, page).toContain(`${BASE_PATH}${l}/`);
    }
  });

  it('points hreflang alternates and the language switcher at the page in that language', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const page of pages) {
      for (const el of all(fromHtml(readDist(page, DIST)))) {
        const lang = str(el.properties.hrefLang);
        const href = str(el.properties.href);
        // Interface languages only: a link to a Georgian original (hreflang=ka) opens a page whose interface is English.
        if (!lang || !href || !['link', 'a'].includes(el.tagName) || !['en', 'fr', 'es', 'x-default'].includes(lang)) continue;
        const path = new URL(href, HOME).pathname;
        if (!path.startsWith(BASE_PATH)) continue;
        const file = `${path.slice(BASE_PATH.length)}index.html`;
        const target = /<html[^>]*\slang="([^"]+)"/.exec(readDist(file, DIST))?.[1];
        seen++;
        if (target !== (lang === 'x-default' ? 'en' : lang)) wrong.push(`${page}: <${el.tagName} hreflang=${lang}> ${href} is a page in ${target}`);
      }
    }
    expect(seen).toBeGreaterThan(pages.length);
    expect(wrong).toEqual([]);
  });

  it('keeps CSS url() references under the base path', () => {
    const bad: string[] = [];
    for (const file of listFiles(DIST).filter((f) => f.endsWith('.css'))) {
      for (const [, url] of readDist(file, DIST).matchAll(/url\(\s*["']?([^"')]+)/g)) if (outside(url!)) bad.push(`${file}: ${url}`);
    }
    expect(bad).toEqual([]);
  });

  it('lists sitemap entries and their alternates under the base path (and not the root chooser)', () => {
    const xml = new XMLParser({ ignoreAttributes: false });
    const index = xml.parse(readDist('sitemap-index.xml', DIST));
    const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    expect(maps.length).toBeGreaterThan(0);
    let urls = 0;
    for (const loc of maps) {
      expect(loc.startsWith(HOME), loc).toBe(true);
      const map = xml.parse(readDist(loc.slice(HOME.length), DIST));
      for (const u of [map.urlset.url].flat()) {
        urls++;
        expect(u.loc.startsWith(HOME), u.loc).toBe(true);
        expect(u.loc, 'the root chooser stays out of the sitemap').not.toBe(HOME);
        for (const alt of [u['xhtml:link'] ?? []].flat()) expect(alt['@_href'].startsWith(HOME), alt['@_href']).toBe(true);
      }
    }
    expect(urls).toBeGreaterThan(20);
  });

  it('writes feed links (RSS and JSON Feed) under the base path', () => {
    const feeds = listFiles(DIST).filter((f) => f.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(3);
    for (const f of feeds) {
      const xml = readDist(f, DIST);
      const links = [...xml.matchAll(/<(?:link|guid[^>]*)>([^<]+)</g), ...xml.matchAll(/(?:href|url)="([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length, f).toBeGreaterThan(1);
      for (const l of links) if (l.startsWith(ORIGIN)) expect(l.startsWith(HOME), `${f}: ${l}`).toBe(true);
    }
    const json = JSON.parse(readDist('feed.json', DIST));
    expect(json.home_page_url.startsWith(HOME)).toBe(true);
    expect(json.feed_url).toBe(`${HOME}feed.json`);
    for (const item of json.items) {
      expect(item.url.startsWith(HOME), item.url).toBe(true);
      if (item.image) expect(item.image.startsWith(HOME), item.image).toBe(true);
    }
  });

  it('serves the CMS at <base>admin/ with preview links under the base path', () => {
    const config = JSON.parse(readFileSync(join(DIST, 'admin', 'config.en.json'), 'utf8'));
    expect(config.site_url).toBe(`${ORIGIN}${BASE_PATH.replace(/\/$/, '')}`);
    expect(readDist('admin/index.html', DIST)).toContain('src="admin.js"');
  });

  it('writes host headers for paths under the base', () => {
    const rules = readDist('_headers', DIST).split('\n').filter((l) => l.startsWith('/'));
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) expect(r.startsWith(BASE_PATH), r).toBe(true);
  });
});
