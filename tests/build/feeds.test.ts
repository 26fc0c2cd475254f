/**
 * RSS (per interface language and per theme), JSON Feed and sitemap: valid, free of unpublished entries;
 * the feeds hold the newest SITE.feedSize entries, newest first (the cap itself on more entries: tests/unit/feed-cap.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DIST } from '../support/build';
import { readDist, UNPUBLISHED } from '../support/dist';
import { entryUrl, frontmatter, partition, CONTRIBUTION_KINDS } from '../support/entries';
import { LOCALES, type Locale } from '../../src/i18n';
import { SITE } from '../../src/config/site';
import { isMinor, monthOf } from '../../src/model/minors';

const THEMES = ['health', 'gender', 'climate'] as const;
const LICENCES = ['cc-by-4.0', 'cc-by-nc-4.0', 'all-rights-reserved'];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, isArray: (name) => ['item', 'category', 'url', 'sitemap', 'xhtml:link'].includes(name) });
/** Page URL path of each public entry → its frontmatter: its page in interface language `l`, or its canonical page. */
const entriesIn = (l?: Locale) =>
  new Map<string, Record<string, any>>([
    ...CONTRIBUTION_KINDS.flatMap((kind) => partition(kind).pub.map((id) => [entryUrl(kind, id, l), frontmatter(kind, id)] as const)),
  ]);
const publicEntries = entriesIn();
const pathOf = (url: string) => new URL(url).pathname;
/** The date the site sorts an entry by: an under-18 author's entry keeps only its month (src/lib/entries.ts publicView). */
const siteDate = (d: Record<string, any>) => (isMinor(d as never) ? monthOf(new Date(d.published)) : new Date(d.published)).getTime();

/**
 * A capped feed: its items (page paths, in feed order) are the newest
 * min(SITE.feedSize, all) of `candidates`, newest first, each once; an entry
 * left out is never newer than one kept.
 */
function expectNewest(rel: string, got: string[], candidates: Map<string, Record<string, any>>) {
  expect(got.length, rel).toBe(Math.min(SITE.feedSize, candidates.size));
  expect(new Set(got).size, rel).toBe(got.length);
  for (const p of got) expect(candidates.has(p), `${rel}: ${p}`).toBe(true);
  const dates = got.map((p) => siteDate(candidates.get(p)!));
  expect(dates, `${rel}: newest first`).toEqual([...dates].sort((a, b) => b - a));
  const kept = new Set(got);
  for (const [p, d] of candidates) if (!kept.has(p)) expect(siteDate(d), `${rel}: ${p} is newer than an item kept`).toBeLessThanOrEqual(Math.min(...dates));
}

function parseXml(rel: string) {
  const text = readDist(rel);
  const valid = XMLValidator.validate(text);
  expect(valid, `${rel}: ${JSON.stringify(valid)}`).toBe(true);
  return { text, doc: parser.parse(text) };
}

function noUnpublished(rel: string, text: string) {
  for (const needle of [...UNPUBLISHED.words, ...UNPUBLISHED.slugs]) expect(text.includes(needle), `${needle} in ${rel}`).toBe(false);
}

function checkRss(rel: string, locale: Locale) {
  // A feed read in French links to the French pages: the reader stays in their language.
  const publicEntries = entriesIn(locale);
  const { text, doc } = parseXml(rel);
  noUnpublished(rel, text);
  expect(doc.rss['@version'], rel).toBe('2.0');
  const ch = doc.rss.channel;
  expect(ch.title, rel).toBeTruthy();
  expect(ch.description, rel).toBeTruthy();
  expect(ch.link, rel).toMatch(/^https?:\/\//);
  expect(ch.language, rel).toBe(locale);
  expect(ch['atom:link']['@rel'], rel).toBe('self');
  expect(pathOf(ch['atom:link']['@href']), rel).toBe(`/${rel}`);
  const items: any[] = ch.item ?? [];
  for (const item of items) {
    expect(item.title, rel).toBeTruthy();
    expect(item.description, rel).toBeTruthy();
    expect(item.link, rel).toMatch(/^https?:\/\//);
    expect(Number.isNaN(Date.parse(item.pubDate)), `${rel} pubDate ${item.pubDate}`).toBe(false);
    expect(item['dc:creator'], rel).toBeTruthy();
    expect(publicEntries.has(pathOf(item.link)), `${rel}: ${item.link} is not a public entry`).toBe(true);
    // Text arrives intact (escaped once, not twice).
    const d = publicEntries.get(pathOf(item.link))!;
    expect(item.title, rel).toBe(d.title);
    expect(item['dc:creator'], rel).toBe(d.author.name);
    expect(existsSync(join(DIST, pathOf(item.link), 'index.html')), item.link).toBe(true);
  }
  return items;
}

describe('RSS feeds', () => {
  it('one per interface language: valid RSS 2.0 of the newest public entries, newest first', () => {
    for (const l of LOCALES) {
      const items = checkRss(`${l}/rss.xml`, l);
      expectNewest(`${l}/rss.xml`, items.map((i) => pathOf(i.link)), entriesIn(l));
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
    // Categories are in the feed's language.
    expect(readDist('fr/rss.xml')).toContain('<category>Santé</category>');
    expect(readDist('es/rss.xml')).toContain('<category>Salud</category>');
  });

  it('are linked from every page head', () => {
    for (const l of LOCALES) expect(readDist(`${l}/index.html`)).toContain(`<link rel="alternate" type="application/rss+xml"`);
  });

  it('one per theme and language, holding the newest entries of that theme', () => {
    for (const l of LOCALES) {
      for (const theme of THEMES) {
        const rel = `${l}/themes/${theme}/rss.xml`;
        const items = checkRss(rel, l);
        expectNewest(rel, items.map((i) => pathOf(i.link)), new Map([...entriesIn(l)].filter(([, d]) => d.themes.includes(theme))));
        expect(readDist(`${l}/themes/${theme}/index.html`)).toContain(`href="/${rel}"`);
      }
    }
    // The sample content spreads over the themes, so the per-theme feeds differ.
    const sizes = THEMES.map((t) => checkRss(`en/themes/${t}/rss.xml`, 'en').length);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(publicEntries.size);
  });

  it('offer the self-hosted clip and the audio recordings as enclosures', () => {
    const items = checkRss('en/rss.xml', 'en');
    const withClip = items.filter((i) => i.enclosure);
    expect(withClip.filter((i) => pathOf(i.link).includes('/videos/')).length).toBeGreaterThanOrEqual(1);
    expect(withClip.filter((i) => pathOf(i.link).includes('/audio/')).length).toBeGreaterThanOrEqual(1);
    for (const i of withClip) {
      expect(i.enclosure['@type']).toMatch(pathOf(i.link).includes('/audio/') ? /^audio\// : /^video\//);
      expect(existsSync(join(DIST, pathOf(i.enclosure['@url'])))).toBe(true);
      expect(Number(i.enclosure['@length'])).toBeGreaterThan(1000);
    }
  });
});

describe('JSON Feed', () => {
  const text = readDist('feed.json');
  const feed = JSON.parse(text);

  it('is JSON Feed 1.1 with the top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(pathOf(feed.feed_url)).toBe('/feed.json');
    expect(feed.home_page_url).toMatch(/^https?:\/\//);
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('lists the newest public entries once, newest first, with licence, author, language, themes, countries and an optimised image', () => {
    noUnpublished('feed.json', text);
    // Recommendations have their own checks (tests/build/recommendations.test.ts).
    const items: any[] = feed.items.filter((i: any) => i._ydv.type !== 'recommendation');
    expectNewest('feed.json', items.map((i) => pathOf(i.url)), publicEntries);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    // Ids stay the first, language-less addresses (still served, as redirects), so partners never see an item twice.
    for (const i of items) expect(pathOf(i.id)).toBe(pathOf(i.url).replace(/^\/[a-z]{2}\//, '/'));
    for (const i of items) {
      const d = publicEntries.get(pathOf(i.url))!;
      expect(typeof i.id).toBe('string');
      expect(i.title).toBe(d.title);
      expect(i.content_text.length).toBeGreaterThan(50);
      expect(Number.isNaN(Date.parse(i.date_published))).toBe(false);
      expect(i.authors).toEqual([{ name: d.author.name }]);
      expect(i.language).toBe(d.language);
      expect(i._ydv.licence.id).toBe(d.licence ?? 'cc-by-4.0');
      expect(LICENCES).toContain(i._ydv.licence.id);
      expect(i._ydv.themes).toEqual(d.themes);
      expect(i._ydv.countries).toEqual(d.originCountries);
      expect(i._ydv.type).toBe(pathOf(i.url).includes('/videos/') ? 'video' : pathOf(i.url).includes('/audio/') ? 'audio' : 'story');
      if (d.cover || d.poster) {
        // An optimised copy made by astro:assets, never the original upload.
        const img = pathOf(i.image);
        expect(img, i.url).toMatch(/^\/_astro\/.+\.webp$/);
        expect(existsSync(join(DIST, img)), img).toBe(true);
      }
    }
  });

  it('is linked from the page head', () => {
    expect(readDist('en/index.html')).toContain('<link rel="alternate" type="application/feed+json"');
  });
});

describe('sitemap', () => {
  const index = parseXml('sitemap-index.xml').doc;
  const files: string[] = index.sitemapindex.sitemap.map((s: any) => pathOf(s.loc).replace(/^\//, ''));
  const urls: any[] = files.flatMap((f) => {
    const { text, doc } = parseXml(f);
    noUnpublished(f, text);
    return doc.urlset.url;
  });

  it('lists every public page and only pages that exist', () => {
    const locs = urls.map((u) => pathOf(u.loc));
    for (const p of publicEntries.keys()) expect(locs, p).toContain(p);
    for (const p of locs) expect(existsSync(join(DIST, p, 'index.html')), p).toBe(true);
    for (const slug of UNPUBLISHED.slugs) expect(locs.some((p) => p.includes(slug)), slug).toBe(false);
  });

  it('lists each entry once, at its canonical page', () => {
    const locs = urls.map((u) => pathOf(u.loc));
    for (const l of LOCALES) for (const p of entriesIn(l).keys()) expect(locs.includes(p), p).toBe(publicEntries.has(p));
  });

  it('carries hreflang alternates for every interface page', () => {
    const localized = urls.filter((u) => /^\/(en|fr|es)\//.test(pathOf(u.loc)) && !publicEntries.has(pathOf(u.loc)));
    expect(localized.length).toBeGreaterThan(30);
    for (const u of localized) {
      const links: any[] = u['xhtml:link'] ?? [];
      const langs = links.map((l) => l['@hreflang']).sort();
      expect(langs, u.loc).toEqual(['en', 'es', 'fr']);
      for (const l of links) expect(pathOf(l['@href']).replace(/^\/(en|fr|es)\//, '/'), u.loc).toBe(pathOf(u.loc).replace(/^\/(en|fr|es)\//, '/'));
    }
  });
});

