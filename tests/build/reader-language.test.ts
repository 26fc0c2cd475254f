/**
 * A reader stays in their interface language (issue 9): every story and
 * video has a page in each interface language, chrome in that language and
 * text in its own; the switcher keeps the entry; one version is canonical,
 * indexed and in the sitemap; old addresses redirect.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { htmlPages, readDist } from '../support/dist';
import { entryDistFile, entryUrl, frontmatter, partition } from '../support/entries';
import { LOCALES, type Locale } from '../../src/i18n';
import { SITE } from '../../src/config/site';

const ORIGIN = new URL(SITE.url).origin;
const abs = (path: string) => `${ORIGIN}${path}`;
const kinds = ['stories', 'videos'] as const;
const entries = kinds.flatMap((kind) => partition(kind).pub.map((id) => ({ kind, id, lang: String(frontmatter(kind, id).language) })));

const all = (node: Root | RootContent, out: Element[] = []): Element[] => {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) all(c, out);
  return out;
};
const attr = (el: Element, name: string) => (el.properties[name] === undefined ? undefined : String(el.properties[name]));
const NAV_WORD: Record<Locale, string> = { en: '>Stories</a>', fr: '>Récits</a>', es: '>Historias</a>' };

describe('entry pages in every interface language', () => {
  it('exist for every public story and video, with chrome in the page language and the text in its own', () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const { kind, id, lang } of entries) {
      for (const l of LOCALES) {
        const page = entryDistFile(kind, id, l);
        const html = readDist(page);
        expect(html, page).toContain(`<html lang="${l}"`);
        expect(html, page).toContain(NAV_WORD[l]);
        for (const other of LOCALES.filter((o) => o !== l)) expect(html, `${page} has ${other} navigation`).not.toContain(NAV_WORD[other]);
        expect(html, page).toMatch(new RegExp(`<h1[^>]* lang="${lang}"`));
        expect(html, page).toMatch(new RegExp(`<div class="prose[^"]*"[^>]* lang="${lang}"`));
      }
    }
  });

  it('point rel=canonical at the home-language version and list every version with hreflang', () => {
    for (const { kind, id } of entries) {
      const canonical = abs(entryUrl(kind, id));
      const images = new Set<string>();
      for (const l of LOCALES) {
        const page = entryDistFile(kind, id, l);
        const els = all(fromHtml(readDist(page)));
        const links = els.filter((e) => e.tagName === 'link');
        expect(links.filter((e) => attr(e, 'rel') === 'canonical').map((e) => attr(e, 'href')), page).toEqual([canonical]);
        const hreflang = Object.fromEntries(links.filter((e) => attr(e, 'hrefLang')).map((e) => [attr(e, 'hrefLang'), attr(e, 'href')]));
        expect(hreflang, page).toEqual({ ...Object.fromEntries(LOCALES.map((o) => [o, abs(entryUrl(kind, id, o))])), 'x-default': canonical });
        images.add(attr(els.find((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:image')!, 'content')!);
      }
      // One share image per entry, whatever the interface language.
      expect([...images], id).toEqual([abs(`/og/${kind}/${id}.png`)]);
    }
  });

  it('keep the same entry in the language switcher', () => {
    for (const { kind, id } of entries) {
      for (const l of LOCALES) {
        const html = readDist(entryDistFile(kind, id, l));
        for (const other of LOCALES.filter((o) => o !== l)) {
          expect(html, `${l} → ${other}: ${id}`).toContain(`<a href="${entryUrl(kind, id, other)}" hreflang="${other}" lang="${other}"`);
        }
      }
    }
  });

  it('put only the canonical version in the search index and the sitemap (no duplicate results)', () => {
    const sitemap = readDist('sitemap-0.xml');
    for (const { kind, id } of entries) {
      for (const l of LOCALES) {
        const path = entryUrl(kind, id, l);
        const home = path === entryUrl(kind, id);
        const html = readDist(entryDistFile(kind, id, l));
        expect(/\sdata-pagefind-body[\s>=]/.test(html), `${path} indexed`).toBe(home);
        expect(sitemap.includes(`<loc>${abs(path)}</loc>`), `${path} in sitemap`).toBe(home);
      }
    }
  });

  it('redirect the old language-less addresses to the canonical version', () => {
    for (const { kind, id } of entries) {
      const html = readDist(`${kind}/${id}/index.html`);
      expect(html, id).toContain(`<meta http-equiv="refresh" content="0;url=${entryUrl(kind, id)}"`);
      expect(html, id).toContain('<meta name="robots" content="noindex"');
    }
  });
});

describe('a reader on a /fr/ or /es/ page', () => {
  it('is only ever linked to pages in the same language (except the language switcher and translations)', () => {
    const wrong: string[] = [];
    for (const l of LOCALES) {
      for (const page of htmlPages().filter((p) => p.startsWith(`${l}/`))) {
        for (const a of all(fromHtml(readDist(page))).filter((e) => e.tagName === 'a')) {
          const href = attr(a, 'href');
          // Links that name their target language on purpose: the switcher and "read in …" links.
          if (!href?.startsWith('/') || attr(a, 'hrefLang')) continue;
          const first = href.split('/')[1]!;
          // Language-neutral files: transcripts, media, feeds, the numbers (codes only), the CMS.
          if (/\.(txt|xml|json|csv|png|mp4|webm|vtt)$/.test(href) || ['admin', 'media', 'og', 'feed.json'].includes(first)) continue;
          if (first !== l) wrong.push(`${page}: ${href}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
