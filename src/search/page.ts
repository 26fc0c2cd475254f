/**
 * Everything the search page hands to its island, computed at build from the
 * same public site data the index is built from: strings, facet labels and
 * the facet counts shown before Pagefind has loaded.
 */
import { LOCALES, useTranslations, type Locale, type UIKey } from '../i18n';
import { en } from '../i18n/ui/en';
import { loadSite } from '../lib/entries';
import { paths } from '../lib/paths';
import { THEME_IDS, THEMES } from '../model/taxonomy';
import { facetCounts, facetLabels, recordsFor, type FacetCounts, type FacetLabels } from './record';
import { BUNDLE_DIR } from './state';

export interface SearchIslandProps {
  locale: Locale;
  /** Every interface locale, to point results at the reader's version of an entry. */
  locales: readonly Locale[];
  strings: Record<string, string>;
  labels: FacetLabels;
  initialCounts: FacetCounts;
  themeLinks: { id: string; label: string; href: string }[];
  bundleUrl: string;
}

export async function searchPageProps(locale: Locale): Promise<SearchIslandProps> {
  const site = await loadSite();
  const t = useTranslations(locale);
  const keys = (Object.keys(en) as UIKey[]).filter((k) => k.startsWith('search.'));
  const counts = facetCounts(recordsFor(site, locale));
  return {
    locale,
    locales: LOCALES,
    strings: Object.fromEntries(keys.map((k) => [k, t(k)])),
    labels: facetLabels(site, counts, locale, (f) => t(`search.format.${f}`)),
    initialCounts: counts,
    themeLinks: THEME_IDS.map((id) => ({ id, label: THEMES[id].label[locale], href: paths.theme(locale, id) })),
    bundleUrl: `${paths.root()}${BUNDLE_DIR}/pagefind.js`,
  };
}
