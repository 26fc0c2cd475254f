/**
 * Labelled options for a select, per taxonomy list named in the model's
 * metadata: themes in the project's own words, the rest from cms/labels, and
 * country and language names from Intl in the editor's language.
 */
import type { TaxonomyList } from '../src/model/meta';
import {
  ADDRESSEE_IDS,
  ADDRESSEES,
  AGE_GROUPS,
  GUARDIAN_METHODS,
  COUNTRY_CODES,
  LANGUAGE_CODES,
  LICENCE_IDS,
  PARTNER_COUNTRIES,
  RECOMMENDATION_STATUS_IDS,
  RECOMMENDATION_STATUSES,
  SESSION_FORMAT_LABELS,
  SESSION_FORMATS,
  THEME_IDS,
  THEMES,
  VIDEO_PROVIDERS,
  languageDisplayName,
} from '../src/model/taxonomy';
import type { Locale } from '../src/i18n';
import type { CmsLabels } from './labels';

export interface Option {
  label: string;
  value: string;
}

/** First letter upper case, as names stand alone in a list ("français" → "Français"). */
export const capitalise = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
export const displayNames = (locale: string, type: 'region' | 'language') => new Intl.DisplayNames([locale], { type, fallback: 'code' });
/** A language's name in `locale`, as a label (Intl, else the English name from the shipped data, else the code). */
export const languageLabel = (code: string, locale: string) => capitalise(languageDisplayName(code, locale), locale);

const OPTIONS: Record<TaxonomyList, (locale: Locale, labels: CmsLabels, byLabel: (a: Option, b: Option) => number) => Option[]> = {
  themes: (locale) => THEME_IDS.map((id) => ({ value: id, label: THEMES[id].label[locale] })),
  // Sessions and recommendations (issue 11): labels live in the taxonomy, as the site shows them.
  sessionFormats: (locale) => SESSION_FORMATS.map((id) => ({ value: id, label: SESSION_FORMAT_LABELS[id][locale] })),
  addressees: (locale) => ADDRESSEE_IDS.map((id) => ({ value: id, label: ADDRESSEES[id][locale] })),
  recommendationStatuses: (locale) => RECOMMENDATION_STATUS_IDS.map((id) => ({ value: id, label: RECOMMENDATION_STATUSES[id][locale] })),
  ageGroups: (_, labels) => AGE_GROUPS.map((id) => ({ value: id, label: labels.options.ageGroup[id] })),
  licences: (_, labels) => LICENCE_IDS.map((id) => ({ value: id, label: labels.options.licence[id] })),
  videoProviders: (_, labels) => VIDEO_PROVIDERS.map((id) => ({ value: id, label: labels.options.videoProvider[id] })),
  guardianMethods: (_, labels) => GUARDIAN_METHODS.map((id) => ({ value: id, label: labels.options.guardianMethod[id] })),
  countries: (locale, _, byLabel) => {
    const region = displayNames(locale, 'region');
    const all = COUNTRY_CODES.map((code) => ({ value: code, label: region.of(code) ?? code }));
    // Partner countries first: most contributors pick one of them.
    const partners = all.filter((o) => (PARTNER_COUNTRIES as readonly string[]).includes(o.value)).sort(byLabel);
    return [...partners, ...all.filter((o) => !partners.includes(o)).sort(byLabel)];
  },
  languages: (locale, _, byLabel) =>
    LANGUAGE_CODES.map((code) => {
      const name = languageLabel(code, locale);
      // Only when Intl has data for the language itself; otherwise it would answer in English.
      const own = Intl.DisplayNames.supportedLocalesOf([code]).length > 0 ? languageLabel(code, code) : name;
      // The language's own name helps people find it: "Georgian · ქართული".
      return { value: code, label: own !== name && own !== code ? `${name} · ${own}` : name };
    }).sort(byLabel),
};

/** The options of taxonomy list `list`, labelled in `locale`. */
export function optionsFor(list: TaxonomyList, locale: Locale, labels: CmsLabels): Option[] {
  const collator = new Intl.Collator(locale);
  return OPTIONS[list](locale, labels, (a, b) => collator.compare(a.label, b.label));
}
