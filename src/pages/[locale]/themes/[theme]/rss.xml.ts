/** RSS 2.0 of the newest public stories, videos and audio of one theme (SITE.feedSize), in one interface language. */
import rss from '@astrojs/rss';
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { LOCALES } from '../../../../i18n';
import { byTheme, loadSite } from '../../../../lib/entries';
import { ATOM_NS, DC_NS, rssChannelData, rssItems, rssTitle } from '../../../../lib/feeds';
import { paths } from '../../../../lib/paths';
import { THEMES, THEME_IDS } from '../../../../model/taxonomy';

export const getStaticPaths = () => LOCALES.flatMap((locale) => THEME_IDS.map((theme) => ({ params: { locale, theme }, props: { locale, theme } })));

export const GET = async ({ props, site }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) => {
  const { locale, theme } = props;
  const { contributions } = await loadSite();
  return rss({
    title: rssTitle(locale, theme),
    description: THEMES[theme].description[locale],
    site: new URL(paths.theme(locale, theme), site).href,
    items: rssItems(byTheme(contributions, theme), locale, site!),
    xmlns: { dc: DC_NS, atom: ATOM_NS },
    customData: rssChannelData(locale, new URL(paths.themeRss(locale, theme), site).href),
  });
};
