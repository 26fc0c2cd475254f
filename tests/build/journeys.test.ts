/**
 * The journeys map in the built site: every journey of the public content is
 * drawn and listed, small journeys never show their count, country links
 * resolve, the SVG is well-formed, and the pages stay within their budgets.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { XMLValidator } from 'fast-xml-parser';
import type { Element, Root, RootContent } from 'hast';
import { DIST } from '../support/build';
import { readDist } from '../support/dist';
import { CONTRIBUTION_KINDS, frontmatter, partition } from '../support/entries';
import { builtEntries } from '../support/templates';
import { LOCALES, useTranslations, type Locale } from '../../src/i18n';

const all = (node: Root | RootContent, out: Element[] = []): Element[] => {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) all(c, out);
  return out;
};
const textOf = (node: Root | RootContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
const cls = (el: Element) => (el.properties.className as string[] | undefined) ?? [];
const attr = (el: Element, name: string) => {
  const v = el.properties[name];
  return v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};
const page = (path: string) => all(fromHtml(readDist(path)));

/** Journeys computed here from content/ through the gate, independently of src/lib/journeys.ts: works (a translation counts with its original). */
function expectedJourneys(): Map<string, number> {
  const works = new Map<string, Set<string>>();
  for (const kind of CONTRIBUTION_KINDS)
    for (const slug of partition(kind).pub) {
      const d = frontmatter(kind, slug);
      for (const o of d.originCountries as string[]) {
        if (!d.residenceCountry || d.residenceCountry === o) continue;
        const key = `${o}-${d.residenceCountry}`;
        if (!works.has(key)) works.set(key, new Set());
        works.get(key)!.add(`${kind}/${d.translationOf ?? slug}`);
      }
    }
  return new Map([...works].map(([k, s]) => [k, s.size]));
}
const expected = expectedJourneys();

/** The CSS files a page links, plus its inline styles. */
function pageCss(html: string): string {
  const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8'));
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return [...links, ...inline].join('\n');
}
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe.each(LOCALES)('journeys page (%s)', (locale: Locale) => {
  const t = useTranslations(locale);
  const fewer = t('journeys.fewer', { n: new Intl.NumberFormat(locale).format(3) });
  const els = page(`${locale}/journeys/index.html`);
  const drawing = els.find((e) => e.tagName === 'svg' && cls(e).includes('drawing'))!;

  it('sample content has journeys both above and below the small-count threshold', () => {
    expect([...expected.values()].some((n) => n >= 3)).toBe(true);
    expect([...expected.values()].some((n) => n < 3)).toBe(true);
  });

  it('draws every journey once, and lists every journey in the table', () => {
    const flows = all(drawing).filter((e) => cls(e).includes('flow')).map((e) => attr(e, 'dataJourney'));
    expect(flows.sort()).toEqual([...expected.keys()].sort());
    const rows = els.filter((e) => e.tagName === 'tr' && attr(e, 'dataJourney')).map((e) => attr(e, 'dataJourney'));
    expect(rows.sort()).toEqual([...expected.keys()].sort());
  });

  it('is an image with a title and a description that names the main journeys in words', () => {
    expect(attr(drawing, 'role')).toBe('img');
    const ids = attr(drawing, 'ariaLabelledBy')!.split(' ');
    const [title, desc] = ids.map((id) => els.find((e) => attr(e, 'id') === id)!);
    expect(title!.tagName).toBe('title');
    expect(textOf(title!)).toBe(t('journeys.map.title'));
    expect(desc!.tagName).toBe('desc');
    const [top] = [...expected].sort((a, b) => b[1] - a[1])[0]!;
    const [o, r] = top.split('-');
    const name = (c: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(c)!;
    expect(textOf(desc!)).toContain(name(o!));
    expect(textOf(desc!)).toContain(name(r!));
  });

  it('never shows the exact count of a journey shared by fewer than 3 works (table, description, line weight)', () => {
    const smallWidths = new Set<string>();
    for (const [key, n] of expected) {
      const row = els.find((e) => e.tagName === 'tr' && attr(e, 'dataJourney') === key)!;
      const cell = textOf(all(row).filter((e) => e.tagName === 'td').at(-1)!).trim();
      expect(cell, key).toBe(n < 3 ? fewer : new Intl.NumberFormat(locale).format(n));
      const flow = all(drawing).find((e) => attr(e, 'dataJourney') === key)!;
      if (n < 3) {
        expect(cls(flow)).toContain('small');
        smallWidths.add(attr(flow, 'strokeWidth')!);
      }
    }
    expect(smallWidths.size).toBe(1);
    const desc = textOf(all(drawing).find((e) => e.tagName === 'desc')!);
    expect(desc).not.toMatch(/\((1|2)\)/);
    // The drawing's order must not rank a 2 above a 1 either: small journeys come in code order.
    const smallOrder = [...expected].filter(([, n]) => n < 3).map(([k]) => k);
    const tableOrder = els.filter((e) => e.tagName === 'tr' && smallOrder.includes(attr(e, 'dataJourney')!)).map((e) => attr(e, 'dataJourney'));
    expect(tableOrder).toEqual([...smallOrder].sort());
  });

  it('links each country with content to its country page, and every link resolves', () => {
    const links = els.find((e) => e.tagName === 'svg' && cls(e).includes('links'))!;
    const hrefs = all(links).filter((e) => e.tagName === 'a').map((e) => attr(e, 'href')!);
    const origins = new Set([...expected.keys()].map((k) => k.split('-')[0]!.toLowerCase()));
    for (const o of origins) expect(hrefs, o).toContain(`/${locale}/countries/${o}/`);
    for (const href of hrefs) expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
    for (const a of all(links).filter((e) => e.tagName === 'a')) expect(attr(a, 'ariaLabel')).toBeTruthy();
  });

  it('is well-formed SVG with only path data, no script or styles of its own, countries only', () => {
    const html = readDist(`${locale}/journeys/index.html`);
    for (const svg of html.match(/<svg class="(drawing|links)"[\s\S]*?<\/svg>/g)!) {
      expect(XMLValidator.validate(svg), svg.slice(0, 80)).toBe(true);
      expect(svg).not.toMatch(/<script|on\w+=|style=|NaN|undefined/);
    }
    for (const d of all(drawing).map((e) => attr(e, 'd')).filter(Boolean)) expect(d).toMatch(/^[MLQZmlqz0-9 ,.\-]+$/);
  });

  it('stays within 60 kB gzipped, HTML and CSS together', () => {
    const html = readDist(`${locale}/journeys/index.html`);
    const size = gz(html) + gz(pageCss(html));
    console.info(`${locale}/journeys/: ${(gz(html) / 1024).toFixed(1)} kB HTML + ${(gz(pageCss(html)) / 1024).toFixed(1)} kB CSS gzipped (raw HTML ${(html.length / 1024).toFixed(1)} kB)`);
    expect(size).toBeLessThan(60 * 1024);
  });
});

describe.each(LOCALES)('compact maps (%s)', (locale: Locale) => {
  it('the home page adds a compact map under 15 kB gzipped, linking to the journeys page', () => {
    const html = readDist(`${locale}/index.html`);
    const section = html.match(/<section aria-labelledby="journeys-home">[\s\S]*?<\/section>/)![0];
    expect(section).toContain(`href="/${locale}/journeys/"`);
    expect(section).toMatch(/<svg class="drawing"[^>]*role="img"/);
    const css = pageCss(html).match(/\.journeys[^{}]*\{[^}]*\}/g)!.join('');
    const added = gz(section) + gz(css);
    console.info(`${locale}/ home: journeys section ${(gz(section) / 1024).toFixed(1)} kB + CSS ${(gz(css) / 1024).toFixed(1)} kB gzipped`);
    expect(added).toBeLessThan(15 * 1024);
  });

  it('each country page highlights exactly that country’s journeys', () => {
    for (const code of new Set([...expected.keys()].map((k) => k.split('-')[0]!))) {
      const els = page(`${locale}/countries/${code.toLowerCase()}/index.html`);
      const flows = els.filter((e) => cls(e).includes('flow') && attr(e, 'dataJourney'));
      const hl = flows.filter((e) => cls(e).includes('hl')).map((e) => attr(e, 'dataJourney')!).sort();
      expect(hl, code).toEqual([...expected.keys()].filter((k) => k.split('-').includes(code)).sort());
      expect(flows.length, code).toBe(expected.size);
    }
  });
});

describe('story pages', () => {
  it('carry no map, no map styles', () => {
    for (const { id, locale } of builtEntries('stories').slice(0, 3)) {
      const html = readDist(`${locale}/stories/${id}/index.html`);
      expect(html).not.toContain('class="journeys');
      expect(pageCss(html)).not.toContain('.journeys');
    }
  });
});
