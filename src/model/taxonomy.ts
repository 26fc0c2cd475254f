/**
 * The taxonomy: themes, age groups, licences and the rules for country and
 * language codes. Labels for countries and languages come from Intl, so the
 * only hand-written labels here are the three themes (they are our own words).
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n';

/** A value written once per interface language. */
export type Localized<T> = Record<Locale, T>;

export const THEME_IDS = ['health', 'gender', 'climate'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export interface Theme {
  id: ThemeId;
  /** Accent colour used on cards, badges and share images (AA on white text). */
  color: string;
  label: Localized<string>;
  description: Localized<string>;
}

export const THEMES: Record<ThemeId, Theme> = {
  health: {
    id: 'health',
    color: '#0b6e4f',
    label: { en: 'Health', fr: 'Santé', es: 'Salud' },
    description: {
      en: 'Mental and physical wellbeing, care, and access to health services far from home.',
      fr: 'Bien-être mental et physique, soins et accès à la santé loin de chez soi.',
      es: 'Bienestar mental y físico, cuidados y acceso a la salud lejos de casa.',
    },
  },
  gender: {
    id: 'gender',
    color: '#8a2a62',
    label: { en: 'Gender', fr: 'Genre', es: 'Género' },
    description: {
      en: 'Equality, identity and safety: how gender shapes migration and belonging.',
      fr: 'Égalité, identité et sécurité : comment le genre façonne la migration et l’appartenance.',
      es: 'Igualdad, identidad y seguridad: cómo el género marca la migración y la pertenencia.',
    },
  },
  climate: {
    id: 'climate',
    color: '#1d5f8a',
    label: { en: 'Climate', fr: 'Climat', es: 'Clima' },
    description: {
      en: 'Rising seas, changing harvests and the young people acting on them across borders.',
      fr: 'Montée des eaux, récoltes bouleversées et jeunes qui agissent par-delà les frontières.',
      es: 'Mares que suben, cosechas que cambian y jóvenes que actúan más allá de las fronteras.',
    },
  },
};

export const AGE_GROUPS = ['under-18', '18-24', '25-35'] as const;

/** How a team member confirmed a guardian's consent for an author under 18; the evidence itself stays offline. */
export const GUARDIAN_METHODS = ['signed-form-offline', 'in-person', 'video-call', 'phone-call'] as const;

export const LICENCES = {
  'cc-by-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc-by-nc-4.0': { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  'all-rights-reserved': { name: '©', url: undefined },
} as const;
export type LicenceId = keyof typeof LICENCES;
export const LICENCE_IDS = Object.keys(LICENCES) as LicenceId[];
export const DEFAULT_LICENCE: LicenceId = 'cc-by-4.0';

export const VIDEO_PROVIDERS = ['self', 'youtube', 'vimeo'] as const;

/** The project's first partner countries; the site accepts any country. */
export const PARTNER_COUNTRIES = ['SV', 'FJ', 'GE', 'MU', 'PE'] as const;

/**
 * Text languages whose readers are best served by an interface other than
 * English. Languages whose primary subtag is en, fr or es map to themselves.
 */
const INTERFACE_FOR_LANGUAGE: Record<string, Locale> = {
  mfe: 'fr', // Mauritian Creole
  ht: 'fr', // Haitian Creole
  wo: 'fr', // Wolof
  qu: 'es', // Quechua
  ay: 'es', // Aymara
  gn: 'es', // Guarani
};

/** The interface language used for a page whose text is in `language`. */
export function interfaceLocaleFor(language: string): Locale {
  const primary = language.toLowerCase().split('-')[0]!;
  if (isLocale(primary)) return primary;
  return INTERFACE_FOR_LANGUAGE[primary] ?? DEFAULT_LOCALE;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * Two-letter codes that Intl names but that are not ISO 3166-1 countries or
 * territories: groupings, private-use codes and exceptional reservations.
 * (Kosovo's XK stays: it is widely used and diaspora members need it.)
 */
const NOT_A_COUNTRY = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

/** Deprecated codes (SU, YU, UK…) canonicalise to another code; only current ones are accepted. */
const isCanonicalRegion = (code: string) => Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;

/** True for an ISO 3166-1 alpha-2 code of a country or territory, upper case. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_A_COUNTRY.has(code) && regionNames.of(code) !== undefined && isCanonicalRegion(code);
}

/** Every country code Intl knows, sorted: feeds the CMS country pickers. */
export const COUNTRY_CODES: readonly string[] = (() => {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (isCountryCode(code)) codes.push(code);
    }
  return codes;
})();

// Language codes (issue 17): validity from shipped data, names with fallbacks; see ./languages.ts.
export { isLanguageCode, languageDisplayName, englishLanguageName } from './languages';
import { PRIMARY_LANGUAGES, isLanguageCode } from './languages';

/** Languages offered by the CMS language picker: every ISO 639-1 language, plus partner-country languages with only a three-letter code. */
export const LANGUAGE_CODES: readonly string[] = (() => {
  const codes = new Set<string>([...PRIMARY_LANGUAGES.keys()].filter((code) => code.length === 2));
  for (const extra of ['mfe', 'hif', 'rtm', 'ay', 'gn', 'ppl', 'xmf', 'bho']) if (isLanguageCode(extra)) codes.add(extra);
  return [...codes].sort();
})();

// --- Alliance sessions and recommendations (issue 11) ---

export const SESSION_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];
export const SESSION_FORMAT_LABELS: Record<SessionFormat, Localized<string>> = {
  'in-person': { en: 'In person', fr: 'Sur place', es: 'Presencial' },
  online: { en: 'Online', fr: 'En ligne', es: 'En línea' },
  hybrid: { en: 'In person and online', fr: 'Sur place et en ligne', es: 'Presencial y en línea' },
};

/** Who a recommendation asks to act. Labels live here, in one place. */
export const ADDRESSEES = {
  'origin-governments': { en: 'Governments of origin countries', fr: 'Gouvernements des pays d’origine', es: 'Gobiernos de los países de origen' },
  'residence-governments': { en: 'Governments of residence countries', fr: 'Gouvernements des pays de résidence', es: 'Gobiernos de los países de residencia' },
  alliance: { en: 'The diaspora policy alliance', fr: 'L’alliance pour les politiques de diaspora', es: 'La alianza de políticas de diáspora' },
  'international-organisations': { en: 'International organisations', fr: 'Organisations internationales', es: 'Organizaciones internacionales' },
  'civil-society': { en: 'Civil society', fr: 'Société civile', es: 'Sociedad civil' },
} as const satisfies Record<string, Localized<string>>;
export type AddresseeId = keyof typeof ADDRESSEES;
export const ADDRESSEE_IDS = Object.keys(ADDRESSEES) as AddresseeId[];

/** The steps of a recommendation's life, in the order they usually happen; "not-taken-up" can end it at any point. */
export const RECOMMENDATION_STATUSES = {
  proposed: { en: 'Proposed', fr: 'Proposée', es: 'Propuesta' },
  endorsed: { en: 'Endorsed by the alliance', fr: 'Approuvée par l’alliance', es: 'Respaldada por la alianza' },
  adopted: { en: 'Adopted', fr: 'Adoptée', es: 'Adoptada' },
  implemented: { en: 'Implemented', fr: 'Mise en œuvre', es: 'Implementada' },
  'not-taken-up': { en: 'Not taken up', fr: 'Non retenue', es: 'No retomada' },
} as const satisfies Record<string, Localized<string>>;
export type RecommendationStatus = keyof typeof RECOMMENDATION_STATUSES;
export const RECOMMENDATION_STATUS_IDS = Object.keys(RECOMMENDATION_STATUSES) as RecommendationStatus[];
