/**
 * The real Pagefind index in dist/pagefind, queried from Node the way a
 * browser does (scripts/pagefind-node.ts): it holds exactly the public
 * stories, videos and campaigns, in one index for every language, with
 * code-valued filters, optimised thumbnails and no page chrome, and it agrees
 * with the static theme and country pages.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../support/build';
import { distListingPages, htmlPages, readDist, UNPUBLISHED } from '../support/dist';
import { SITE } from '../../src/config/site';
import { entryUrl, frontmatter, partition, type Kind } from '../support/entries';
import { loadPagefind, type PagefindApi, type PagefindResultData as Data } from '../../scripts/pagefind-node.ts';
import { FACETS, LOCALE_FILTER, RANKING, matchesQuery } from '../../src/search/state';
import { THEME_IDS, isCountryCode, isLanguageCode } from '../../src/model/taxonomy';
import { LOCALES } from '../../src/i18n';
import { en } from '../../src/i18n/ui/en';
import { fr } from '../../src/i18n/ui/fr';
import { es } from '../../src/i18n/ui/es';

let pagefind: PagefindApi;
/** Every format the index holds (src/search/record.ts FORMATS; that module loads astro:content, so it is not imported here). */
const FORMATS = ['story', 'video', 'audio', 'campaign', 'recommendation', 'session'];

const all = async (term: string | null, filters: Record<string, unknown> = {}): Promise<Data[]> => {
  const res = await pagefind.search(term, { filters });
  return Promise.all(res.results.map((r) => r.data()));
};
const urls = (ds: Data[]) => ds.map((d) => d.url).sort();

/** Entry pages in dist (those carrying data-pagefind-body), as site URLs. */
const bodyPages = () =>
  htmlPages()
    .filter((p) => /\sdata-pagefind-body[\s>=]/.test(readDist(p)))
    .map((p) => `/${p.replace(/index\.html$/, '')}`)
    .sort();

beforeAll(async () => {
  pagefind = await loadPagefind(DIST);
  await pagefind.options({ ranking: RANKING });
  await pagefind.filters();
});

describe('the search index', () => {
  test('holds every public story, video, campaign, recommendation and session page, and nothing else', async () => {
    // One record per entry: its canonical (home-language) page, never the other two versions.
    const stories = partition('stories').pub.map((s) => entryUrl('stories', s));
    const videos = partition('videos').pub.map((s) => entryUrl('videos', s));
    const perLocale = (kind: 'campaigns' | 'recommendations' | 'sessions') => partition(kind).pub.flatMap((s) => LOCALES.map((l) => `/${l}/${kind}/${s}/`));
    const audio = partition('audio').pub.map((s) => entryUrl('audio', s));
    const expected = [...stories, ...videos, ...audio, ...perLocale('campaigns'), ...perLocale('recommendations'), ...perLocale('sessions')].sort();
    const indexed = urls(await all(null, { format: { any: [...FORMATS] } }));
    expect(indexed).toEqual(expected);
    expect(indexed).toEqual(bodyPages());
  });

  test('never holds a draft, future, withdrawn or unconsented entry', async () => {
    const hidden = partition('stories').hidden;
    expect(hidden.length).toBeGreaterThanOrEqual(UNPUBLISHED.slugs.length);
    const indexed = urls(await all(null, { format: { any: ['story', 'video', 'audio', 'campaign'] } }));
    for (const slug of hidden) {
      expect(indexed.filter((u) => u.includes(slug)), slug).toEqual([]);
      expect(existsSync(join(DIST, 'stories', slug)), slug).toBe(false);
    }
    for (const word of UNPUBLISHED.words) {
      // Pagefind may fall back to a prefix of an unknown word; no result may really contain it.
      const found = (await all(word)).filter((d) => matchesQuery(word, d));
      expect(found.map((d) => d.url), word).toEqual([]);
    }
  });

  test('is one index: every language is found whatever the reader’s interface', async () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
    for (const locale of LOCALES) {
      expect(urls(await all('ფსიქიკური', { [LOCALE_FILTER]: locale }))).toContain('/en/stories/georgia-mental-health/');
      const salud = await all('salud mental', { [LOCALE_FILTER]: locale, format: { any: ['story', 'video'] } });
      expect(salud[0]?.url).toBe('/es/stories/georgia-mental-health-es/');
    }
    // Accents do not matter.
    expect(urls(await all('sante', { [LOCALE_FILTER]: 'fr' }))).toEqual(urls(await all('santé', { [LOCALE_FILTER]: 'fr' })));
    expect((await all('migracion')).some((d) => /<mark>migración/i.test(d.excerpt))).toBe(true);
  });

  test('finds a recommendation by a word of its text in each interface language', async () => {
    // Words of the text only (not the title), in each language's version of it.
    const words = { en: 'coaches', fr: 'entraîneurs', es: 'entrenadoras' } as const;
    for (const locale of LOCALES) {
      const text = String(frontmatter('recommendations', 'safe-sport-for-girls').text[locale]);
      expect(text, locale).toContain(words[locale]);
      const found = await all(words[locale], { [LOCALE_FILTER]: locale, format: 'recommendation' });
      expect(urls(found), locale).toContain(`/${locale}/recommendations/safe-sport-for-girls/`);
      for (const d of found) expect(d.url.startsWith(`/${locale}/recommendations/`), d.url).toBe(true);
    }
    // A session is found by its title words too.
    expect(urls(await all('Tbilisi', { [LOCALE_FILTER]: 'en', format: 'session' }))).toContain('/en/sessions/tbilisi-youth-session-2026/');
  });

  test('finds a video by the words of its transcript', async () => {
    const videos = partition('videos').pub;
    expect(videos.length).toBeGreaterThan(0);
    for (const id of videos) {
      const transcript = readFileSync(join(ROOT, 'content/videos', id, 'index.md'), 'utf8').split(/^---\s*$/m).slice(2).join('');
      const summary = String(frontmatter('videos', id).summary) + String(frontmatter('videos', id).title);
      // A long word said in the video but not in its title or summary.
      const word = transcript.split(/[^\p{L}]+/u).find((w) => w.length >= 5 && !summary.toLowerCase().includes(w.toLowerCase()));
      expect(word, `${id} has a transcript`).toBeTruthy();
      expect(urls(await all(word!)), `${id}: "${word}"`).toContain(entryUrl('videos', id));
    }
  });

  test('a campaign is listed once per reader, in the reader’s interface language', async () => {
    for (const locale of LOCALES) {
      const found = await all(null, { format: 'campaign', [LOCALE_FILTER]: locale });
      expect(found.length).toBe(partition('campaigns').pub.length);
      for (const d of found) expect(d.url.startsWith(`/${locale}/campaigns/`), d.url).toBe(true);
    }
  });

  test('filter values are stable codes', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual([...FACETS, LOCALE_FILTER].sort());
    for (const v of Object.keys(filters.theme!)) expect(THEME_IDS).toContain(v);
    for (const key of ['country', 'residence']) for (const v of Object.keys(filters[key]!)) expect(isCountryCode(v), `${key} ${v}`).toBe(true);
    for (const v of Object.keys(filters.language!)) expect(isLanguageCode(v), v).toBe(true);
    expect(Object.keys(filters.format!).sort()).toEqual([...FORMATS].sort());
    expect(Object.keys(filters.campaign!).sort()).toEqual(partition('campaigns').pub.sort());
    expect(Object.keys(filters[LOCALE_FILTER]!).sort()).toEqual([...LOCALES].sort());
  });

  test('results carry title, summary, date and an optimised WebP thumbnail, never an original', async () => {
    const found = await all(null, { [LOCALE_FILTER]: 'en' });
    expect(found.length).toBeGreaterThan(0);
    const withImage = found.filter((d) => {
      const [, kind, slug] = /^\/(?:[a-z]{2}\/)?(stories|videos|audio|campaigns|recommendations|sessions)\/([^/]+)\/$/.exec(d.url)!;
      const data = frontmatter(kind as Kind, slug!);
      return Boolean(data.cover ?? data.poster ?? data.hero ?? data.photo);
    });
    expect(withImage.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.meta.title, d.url).toBeTruthy();
      expect(d.meta.summary, d.url).toBeTruthy();
      // Authors under 18: the month only (src/model/minors.ts).
      const [, kind, slug] = /^\/(?:[a-z]{2}\/)?(stories|videos|audio|campaigns|recommendations|sessions)\/([^/]+)\/$/.exec(d.url)!;
      const minor = frontmatter(kind as Kind, slug!).author?.ageGroup === 'under-18';
      expect(d.meta.date, d.url).toMatch(minor ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/);
      if (!withImage.includes(d)) expect(d.meta.image ?? '', d.url).toBe('');
    }
    for (const d of withImage) {
      expect(d.meta.image, d.url).toMatch(/^\/_astro\/[^/]+\.webp$/);
      expect(existsSync(join(DIST, d.meta.image!)), d.meta.image).toBe(true);
    }
  });

  test('indexed text has no header, navigation or footer boilerplate', async () => {
    const chrome = [en, fr, es].flatMap((d) => [d['skip.link'], d['footer.notracking'], d['footer.licence'], d['nav.share'], d['lang.switch']]);
    for (const d of await all(null, { [LOCALE_FILTER]: { any: [...LOCALES] } }))
      for (const text of chrome) expect(d.content.includes(text), `"${text}" in ${d.url}`).toBe(false);
  });

  test('agrees with the static theme and country pages on what exists', async () => {
    const entryIds = (results: Parameters<typeof urls>[0]) => urls(results).map((u) => u.replace(/^\/(?:en|fr|es)\//, '/')).sort();
    // Every page of the listing (pages 2… follow rel="next"), none longer than SITE.pageSize.
    const listed = async (path: string) => {
      const pages = await distListingPages(path);
      // Listings link to the entry in the page's language; the index holds its canonical version: compare kind and id.
      const perPage = pages.map((main) => [...new Set([...main.matchAll(/href="\/en(\/(?:stories|videos)\/(?!page\/)[^/"]+\/)"/g)].map((m) => m[1]!))]);
      for (const ids of perPage) expect(ids.length, path).toBeLessThanOrEqual(SITE.pageSize);
      return perPage.flat().sort();
    };
    const contributions = { format: { any: ['story', 'video'] }, [LOCALE_FILTER]: 'en' };
    for (const theme of THEME_IDS) {
      const indexed = entryIds(await all(null, { ...contributions, theme }));
      expect(indexed, theme).toEqual(await listed(`/en/themes/${theme}/`));
    }
    const countryPages = readdirSync(join(DIST, 'en/countries'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(countryPages.length).toBeGreaterThan(0);
    const filters = await pagefind.filters();
    // Every origin country in the index has a page, and the other way round.
    expect(Object.keys(filters.country!).map((c) => c.toLowerCase()).sort()).toEqual(countryPages.map((d) => d.name).sort());
    for (const dir of countryPages) {
      const indexed = entryIds(await all(null, { ...contributions, country: dir.name.toUpperCase() }));
      expect(indexed, dir.name).toEqual(await listed(`/en/countries/${dir.name}/`));
    }
  });

  test('ships only the files the search island uses', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => /-ui\.|highlight/.test(f))).toEqual([]);
  });
});
