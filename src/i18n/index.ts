/**
 * The translation system: t() for interface strings (falling back to English
 * for a missing key), and Intl for every country, language and date name.
 */
import { interpolate } from '../lib/interpolate';
import { datePrecision, isoPublicDate } from '../model/minors';
import { languageDisplayName } from '../model/languages';
import { en, type UIKey } from './ui/en';
import { fr } from './ui/fr';
import { es } from './ui/es';

export type { UIKey };

/**
 * The interface languages: defined here once, and imported from here by the
 * site, the CMS and the config. Names, lists and patterns derive from it.
 */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'en' satisfies Locale;
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
/** "en|fr|es", for a regular expression matching a locale path segment. */
export const LOCALE_ALTERNATION = LOCALES.join('|');

export const DICTIONARIES: Record<Locale, Partial<Record<UIKey, string>>> = { en, fr, es };


/** A translator for one locale: t('card.by', { name }) → "by Ana". */
export function useTranslations(locale: Locale) {
  const dict = DICTIONARIES[locale];
  return function t(key: UIKey, params: Record<string, string | number> = {}): string {
    const template = dict[key] ?? en[key];
    return interpolate(template, params);
  };
}

const cache = new Map<string, Intl.DisplayNames>();
function displayNames(locale: string, type: 'region') {
  const key = `${locale}:${type}`;
  let names = cache.get(key);
  if (!names) cache.set(key, (names = new Intl.DisplayNames([locale], { type, fallback: 'code' })));
  return names;
}

/** "GE" → "Georgia" / "Géorgie" / "Georgia". */
const countryNames = new Map<string, string>();
export const countryName = (code: string, locale: Locale) => {
  const key = `${locale}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) countryNames.set(key, (name = displayNames(locale, 'region').of(code) ?? code));
  return name;
};

/** "ka" → "Georgian" / "géorgien"; languageName('ka', 'ka') gives the endonym "ქართული". Falls back to the English name, then the code. */
export const languageName = (code: string, locale: string) => languageDisplayName(code, locale);

/** A language's own name for itself, capitalised for use in a language menu. */
export const endonym = (code: string) => {
  const name = languageName(code, code);
  // Only bicameral scripts have capitals (Georgian Mkhedruli must stay as it is).
  return /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.test(name) ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : name;
};

/**
 * One Intl formatter per locale and options: building one costs ~50× a
 * format() call, and a 1,000-story build formats dates and lists ~100,000 times.
 */
const formatters = new Map<string, { format(value: never): string }>();
function memoFormatter<F extends { format(value: never): string }>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** "March 2026" / "Mar 2026". */
export const formatMonth = (date: Date, locale: Locale, style: 'long' | 'medium' = 'long') =>
  memoFormatter(`month:${locale}:${style}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: style === 'long' ? 'long' : 'short', timeZone: 'UTC' })).format(date);

export const formatDate = (date: Date, locale: Locale, style: 'long' | 'medium' = 'long') =>
  memoFormatter(`date:${locale}:${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })).format(date);

/**
 * An entry's publication date as readers see it: the month only for an author
 * under 18 (src/model/minors.ts), with the matching `<time datetime>` value.
 */
export function entryDate(data: { published: Date; author: { ageGroup: string } }, locale: Locale, style: 'long' | 'medium' = 'long') {
  const precision = datePrecision(data);
  const text =
    precision === 'month'
      ? formatMonth(data.published, locale, style)
      : formatDate(data.published, locale, style);
  return { text, datetime: isoPublicDate(data.published, precision), precision };
}

export const formatList = (items: string[], locale: Locale) =>
  memoFormatter(`list:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);

export const formatNumber = (n: number, locale: Locale) => memoFormatter(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(n);

/** Sort display names the way a reader of `locale` expects. */
export const collator = (locale: Locale) => new Intl.Collator(locale);
