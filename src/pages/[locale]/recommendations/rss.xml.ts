/** RSS 2.0 of the most recently changed public recommendations (SITE.feedSize) in one interface language; a status change moves an item's date (an update). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { useTranslations, type Locale } from '../../../i18n';
import { loadSite } from '../../../lib/entries';
import { ATOM_NS, DC_NS, recommendationRssItems, rssChannelData } from '../../../lib/feeds';
import { paths } from '../../../lib/paths';
import { localePaths } from '../../../lib/routes';
import { SITE } from '../../../config/site';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const { recommendations } = await loadSite();
  return rss({
    title: t('feed.recs.title', { site: SITE.name }),
    description: t('recs.intro'),
    site: new URL(paths.recommendations(locale), site).href,
    items: recommendationRssItems(recommendations, locale, site!),
    xmlns: { dc: DC_NS, atom: ATOM_NS },
    customData: rssChannelData(locale, new URL(paths.recommendationsRss(locale), site).href),
  });
};
