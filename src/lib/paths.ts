/** Every URL the site links to is made here, so routes and links cannot disagree. */
import type { Locale } from '../i18n';
import type { ThemeId } from '../model/taxonomy';

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
const p = (path: string) => BASE + path.replace(/^\//, '');

export const paths = {
  root: () => p('/'),
  home: (l: Locale) => p(`/${l}/`),
  stories: (l: Locale, page = 1) => p(page > 1 ? `/${l}/stories/${page}/` : `/${l}/stories/`),
  story: (id: string) => p(`/stories/${id}/`),
  videos: (l: Locale) => p(`/${l}/videos/`),
  video: (id: string) => p(`/videos/${id}/`),
  transcript: (id: string) => p(`/videos/${id}/transcript.txt`),
  media: (collection: string, id: string, file: string) => p(`/media/${collection}/${id}/${file.replace(/^\.\//, '')}`),
  themes: (l: Locale) => p(`/${l}/themes/`),
  theme: (l: Locale, theme: ThemeId) => p(`/${l}/themes/${theme}/`),
  countries: (l: Locale) => p(`/${l}/countries/`),
  country: (l: Locale, code: string) => p(`/${l}/countries/${code.toLowerCase()}/`),
  campaigns: (l: Locale) => p(`/${l}/campaigns/`),
  campaign: (l: Locale, id: string) => p(`/${l}/campaigns/${id}/`),
  share: (l: Locale) => p(`/${l}/share/`),
  about: (l: Locale) => p(`/${l}/about/`),
  privacy: (l: Locale) => p(`/${l}/privacy/`),
  search: (l: Locale) => p(`/${l}/search/`),
  rss: (l: Locale) => p(`/${l}/rss.xml`),
  themeRss: (l: Locale, theme: ThemeId) => p(`/${l}/themes/${theme}/rss.xml`),
  jsonFeed: () => p('/feed.json'),
  /** Share images (Open Graph), made by src/pages/og/. Campaigns have one per interface language. */
  ogImage: (collection: 'stories' | 'videos', id: string) => p(`/og/${collection}/${id}.png`),
  ogCampaign: (l: Locale, id: string) => p(`/og/campaigns/${l}/${id}.png`),
  // Alliance sessions and youth recommendations (issue 11). Filtered listings are static pages: /<l>/recommendations/<theme|all>/<status|all>/.
  recommendations: (l: Locale, theme = 'all', status = 'all') =>
    p(theme === 'all' && status === 'all' ? `/${l}/recommendations/` : `/${l}/recommendations/${theme}/${status}/`),
  recommendation: (l: Locale, id: string) => p(`/${l}/recommendations/${id}/`),
  recommendationsRss: (l: Locale) => p(`/${l}/recommendations/rss.xml`),
  ogRecommendation: (l: Locale, id: string) => p(`/og/recommendations/${l}/${id}.png`),
  sessions: (l: Locale) => p(`/${l}/sessions/`),
  session: (l: Locale, id: string) => p(`/${l}/sessions/${id}/`),
  cms: () => p('/admin/'),
  /** The CMS contributor form ("share" collection) in the reader's language, with fields pre-filled (Decap reads them from the hash's query). */
  cmsShare: (l: Locale, prefill: Record<string, string> = {}) => {
    const query = new URLSearchParams(prefill).toString();
    return p(`/admin/?lang=${l}#/collections/share/new${query ? `?${query}` : ''}`);
  },
} as const;

/** The same page in another interface language, for the language switcher and hreflang. */
export function swapLocale(pathname: string, to: Locale): string {
  return pathname.replace(/^(\/?)(en|fr|es)(\/|$)/, `$1${to}$3`);
}
