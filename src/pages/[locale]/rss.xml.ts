/** RSS 2.0 of the newest public stories, videos and audio (SITE.feedSize), with channel and categories in one interface language. */
import rss from '@astrojs/rss';
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { useTranslations } from '../../i18n';
import { loadSite } from '../../lib/entries';
import { ATOM_NS, DC_NS, rssChannelData, rssItems, rssTitle } from '../../lib/feeds';
import { paths } from '../../lib/paths';
import { localePaths } from '../../lib/routes';

export const getStaticPaths = localePaths;

export const GET = async ({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) => {
  const { locale } = props;
  const { contributions } = await loadSite();
  return rss({
    title: rssTitle(locale),
    description: useTranslations(locale)('meta.home'),
    site: new URL(paths.home(locale), site).href,
    items: rssItems(contributions, locale, site!),
    xmlns: { dc: DC_NS, atom: ATOM_NS },
    customData: rssChannelData(locale, new URL(paths.rss(locale), site).href),
  });
};
