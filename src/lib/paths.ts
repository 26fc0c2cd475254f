/** Every URL the site links to is made here, so routes and links cannot disagree. */
import { LOCALE_ALTERNATION, type Locale } from '../i18n';
import { interfaceLocaleFor, type ThemeId } from '../model/taxonomy';
import type { EntryKind } from '../model/kinds';

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
const p = (path: string) => BASE + path.replace(/^\//, '');
/** Page n of a paginated listing at `dir`: page 1 keeps the listing's own URL, pages 2… live under page/<n>/. */
const paged = (dir: string, page: number) => p(page > 1 ? `${dir}page/${page}/` : dir);

export const paths = {
  root: () => p('/'),
  home: (l: Locale) => p(`/${l}/`),
  // Listing pages live under page/ so no page number can collide with a story's id ("2024").
  stories: (l: Locale, page = 1) => paged(`/${l}/stories/`, page),
  /** A story with its navigation and labels in `l`; the text keeps its own language. See homeLocale. */
  story: (l: Locale, id: string) => p(`/${l}/stories/${id}/`),
  videos: (l: Locale) => p(`/${l}/videos/`),
  video: (l: Locale, id: string) => p(`/${l}/videos/${id}/`),
  // Audio stories and the podcast (issue 15)
  audios: (l: Locale) => p(`/${l}/audio/`),
  audio: (l: Locale, id: string) => p(`/${l}/audio/${id}/`),
  audioTranscript: (id: string) => p(`/audio/${id}/transcript.txt`),
  podcast: (l: Locale) => p(`/${l}/podcast.xml`),
  podcastArt: () => p('/podcast-art.png'),
  /** Entry pages before they had a version per interface language: now redirects to homeLocale's version. */
  legacyEntry: (kind: ContributionKind, id: string) => p(`/${kind}/${id}/`),
  transcript: (id: string) => p(`/videos/${id}/transcript.txt`),
  media: (collection: string, id: string, file: string) => p(`/media/${collection}/${id}/${file.replace(/^\.\//, '')}`),
  themes: (l: Locale) => p(`/${l}/themes/`),
  theme: (l: Locale, theme: ThemeId, page = 1) => paged(`/${l}/themes/${theme}/`, page),
  countries: (l: Locale) => p(`/${l}/countries/`),
  country: (l: Locale, code: string, page = 1) => paged(`/${l}/countries/${code.toLowerCase()}/`, page),
  campaigns: (l: Locale) => p(`/${l}/campaigns/`),
  campaign: (l: Locale, id: string) => p(`/${l}/campaigns/${id}/`),
  share: (l: Locale) => p(`/${l}/share/`),
  about: (l: Locale) => p(`/${l}/about/`),
  privacy: (l: Locale) => p(`/${l}/privacy/`),
  search: (l: Locale) => p(`/${l}/search/`),
  /** The support directory by country (issue 12). */
  support: (l: Locale) => p(`/${l}/support/`),
  rss: (l: Locale) => p(`/${l}/rss.xml`),
  themeRss: (l: Locale, theme: ThemeId) => p(`/${l}/themes/${theme}/rss.xml`),
  jsonFeed: () => p('/feed.json'),
  /** Share images (Open Graph), made by src/pages/og/. Campaigns have one per interface language. */
  ogImage: (collection: ContributionKind, id: string) => p(`/og/${collection}/${id}.png`),
  ogCampaign: (l: Locale, id: string) => p(`/og/campaigns/${l}/${id}.png`),
  // Alliance sessions and youth recommendations (issue 11). Filtered listings are static pages: /<l>/recommendations/<theme|all>/<status|all>/.
  recommendations: (l: Locale, theme = 'all', status = 'all') =>
    p(theme === 'all' && status === 'all' ? `/${l}/recommendations/` : `/${l}/recommendations/${theme}/${status}/`),
  recommendation: (l: Locale, id: string) => p(`/${l}/recommendations/${id}/`),
  recommendationsRss: (l: Locale) => p(`/${l}/recommendations/rss.xml`),
  ogRecommendation: (l: Locale, id: string) => p(`/og/recommendations/${l}/${id}.png`),
  sessions: (l: Locale) => p(`/${l}/sessions/`),
  session: (l: Locale, id: string) => p(`/${l}/sessions/${id}/`),
  // Journeys map and numbers (issue 16)
  journeys: (l: Locale) => p(`/${l}/journeys/`),
  numbers: (l: Locale) => p(`/${l}/numbers/`),
  numbersCsv: () => p('/numbers.csv'),
  numbersJson: () => p('/numbers.json'),
  cms: () => p('/admin/'),
  favicon: () => p('/favicon.svg'),
  sitemap: () => p('/sitemap-index.xml'),
  /** The CMS contributor form ("share" collection) in the reader's language, with fields pre-filled (Decap reads them from the hash's query). */
  cmsShare: (l: Locale, prefill: Record<string, string> = {}, form: 'share' | 'share-video' = 'share') => {
    const query = new URLSearchParams(prefill).toString();
    return p(`/admin/?lang=${l}#/collections/${form}/new${query ? `?${query}` : ''}`);
  },
} as const;

/** The kinds of entry that have a page per interface language (campaigns have their own per-locale routes). */
export type ContributionKind = Extract<EntryKind, 'stories' | 'videos' | 'audio'>;

/**
 * The interface language of an entry's canonical page: the one that suits the
 * text's own language (a Mauritian Creole story's home is French). Its page
 * in the other interface languages points there with rel=canonical.
 */
export const homeLocale = (entry: { data: { language: string } }): Locale => interfaceLocaleFor(entry.data.language);

/** An entry's page in interface language `l`. */
export const entryPath = (kind: ContributionKind, l: Locale, id: string) =>
  kind === 'videos' ? paths.video(l, id) : kind === 'audio' ? paths.audio(l, id) : paths.story(l, id);

/** Built from LOCALES, so adding a locale needs no change here. */
const escapeRe = (s: string) => s.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
const LOCALE_SEGMENT = new RegExp(`^(${escapeRe(BASE)}|/?)(${LOCALE_ALTERNATION})(/|$)`);

/** The same page in another interface language, for the language switcher, hreflang and search results. */
export function swapLocale(pathname: string, to: Locale): string {
  return pathname.replace(LOCALE_SEGMENT, `$1${to}$3`);
}
