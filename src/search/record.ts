/**
 * What the search index knows about each public entry: filter values
 * (stable codes), metadata and the sort date. Entry pages write this into
 * their HTML (SearchFacts.astro) and Pagefind reads it from the built page,
 * so the index can only contain what was actually published.
 */
import { countryName, endonym, languageName, LOCALES, type Locale } from '../i18n';
import { THEMES } from '../model/taxonomy';
import { datePrecision, isoPublicDate } from '../model/minors';
import { pick } from '../model/campaign';
import { isAudio, isVideo, type CampaignEntry, type Contribution, type RecommendationEntry, type SessionEntry, type Site } from '../lib/entries';
import { ADDRESSEES, RECOMMENDATION_STATUSES, type AddresseeId } from '../model/taxonomy';
import { currentStatus, lastChanged } from '../model/recommendation';
import { FACETS, LOCALE_FILTER, type FacetKey } from './state';

export type Format = 'story' | 'video' | 'audio' | 'campaign' | 'recommendation' | 'session';
export const FORMATS: readonly Format[] = ['story', 'video', 'audio', 'campaign', 'recommendation', 'session'];

export interface SearchRecord {
  filters: Partial<Record<FacetKey | typeof LOCALE_FILTER, string[]>>;
  /** Searchable words that are not on the page: theme, country and language names in every interface language. */
  keywords: string;
  date: string;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const unique = (words: string[]) => [...new Set(words.filter(Boolean))].join(', ');

/** Theme labels in every interface language: "santé" finds a health story written in English. */
const themeWords = (themes: readonly string[]) => themes.flatMap((id) => LOCALES.map((l) => THEMES[id as keyof typeof THEMES].label[l]));
const countryWords = (codes: string[]) => codes.flatMap((c) => LOCALES.map((l) => countryName(c, l)));
const languageWords = (code: string) => [...LOCALES.map((l) => languageName(code, l)), endonym(code)];

export function contributionRecord(entry: Contribution): SearchRecord {
  const d = entry.data;
  const countries = [...d.originCountries, ...(d.residenceCountry ? [d.residenceCountry] : [])];
  return {
    filters: {
      theme: [...d.themes],
      format: [isVideo(entry) ? 'video' : isAudio(entry) ? 'audio' : 'story'],
      country: [...d.originCountries],
      residence: d.residenceCountry ? [d.residenceCountry] : [],
      language: [d.language],
      campaign: d.campaign ? [d.campaign] : [],
      // One page serves every interface language.
      [LOCALE_FILTER]: [...LOCALES],
    },
    keywords: unique([...themeWords(d.themes), ...countryWords(countries), ...languageWords(d.language)]),
    // "2026-02" for an author under 18: it still sorts among "2026-02-14"-style dates.
    date: isoPublicDate(d.published, datePrecision(d)),
  };
}

/** A campaign page exists once per interface locale; each version is its own record. */
export function campaignRecord(campaign: CampaignEntry, locale: Locale): SearchRecord {
  const d = campaign.data;
  const title = pick(d.title, locale);
  const language = title.fallback ? 'en' : locale;
  return {
    filters: {
      theme: [...d.themes],
      format: ['campaign'],
      language: [language],
      campaign: [campaign.id],
      [LOCALE_FILTER]: [locale],
    },
    keywords: unique(themeWords(d.themes)),
    date: isoDay(d.starts),
  };
}

/** A recommendation page exists once per interface locale; its status and addressees are searchable in every language. */
export function recommendationRecord(rec: RecommendationEntry, locale: Locale): SearchRecord {
  const d = rec.data;
  const language = pick(d.text, locale).fallback ? 'en' : locale;
  return {
    filters: { theme: [d.theme], format: ['recommendation'], language: [language], [LOCALE_FILTER]: [locale] },
    keywords: unique([
      ...themeWords([d.theme]),
      ...LOCALES.map((l) => RECOMMENDATION_STATUSES[currentStatus(d)][l]),
      ...d.addressees.flatMap((a) => LOCALES.map((l) => ADDRESSEES[a as AddresseeId][l])),
    ]),
    date: isoDay(lastChanged(d)),
  };
}

export function sessionRecord(session: SessionEntry, locale: Locale): SearchRecord {
  const d = session.data;
  const language = pick(d.title, locale).fallback ? 'en' : locale;
  return {
    filters: { theme: [...d.themes], format: ['session'], language: [language], [LOCALE_FILTER]: [locale] },
    keywords: unique([...themeWords(d.themes), ...(d.place ? countryWords([d.place.country]) : [])]),
    date: isoDay(d.date),
  };
}

/** Every record the index should hold for an interface locale, from the same site data the pages use. */
export function recordsFor(site: Site, locale: Locale): SearchRecord[] {
  return [
    ...site.contributions.map(contributionRecord),
    ...site.campaigns.map((c) => campaignRecord(c, locale)),
    ...site.recommendations.map((r) => recommendationRecord(r, locale)),
    ...site.sessions.map((s) => sessionRecord(s, locale)),
  ];
}

export type FacetCounts = Partial<Record<FacetKey, Record<string, number>>>;

/** Counts per facet value, as the island shows them before Pagefind has loaded. */
export function facetCounts(records: SearchRecord[]): FacetCounts {
  const counts: FacetCounts = {};
  for (const r of records)
    for (const key of FACETS)
      for (const v of r.filters[key] ?? []) {
        const bucket = (counts[key] ??= {});
        bucket[v] = (bucket[v] ?? 0) + 1;
      }
  return counts;
}

export type FacetLabels = Record<FacetKey, Record<string, string>>;

/** Reader-facing labels for every value in `counts`: THEMES for themes, Intl for countries and languages. */
export function facetLabels(site: Site, counts: FacetCounts, locale: Locale, formatLabel: (f: Format) => string): FacetLabels {
  const labels = Object.fromEntries(FACETS.map((k) => [k, {} as Record<string, string>])) as FacetLabels;
  for (const id of Object.keys(THEMES)) labels.theme[id] = THEMES[id as keyof typeof THEMES].label[locale];
  for (const f of FORMATS) labels.format[f] = formatLabel(f);
  for (const key of ['country', 'residence'] as const) for (const code of Object.keys(counts[key] ?? {})) labels[key][code] = countryName(code, locale);
  // "géorgien" reads as a list label, so capitalise as the locale does.
  for (const code of Object.keys(counts.language ?? {})) {
    const name = languageName(code, locale);
    labels.language[code] = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  }
  for (const c of site.campaigns) labels.campaign[c.id] = pick(c.data.title, locale).value;
  return labels;
}
