/** The podcast (issue 15): every public audio story as an RSS 2.0 episode, channel in one interface language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n';
import { loadSite } from '../../lib/entries';
import { podcastChannel, podcastItems, PODCAST_NS } from '../../lib/podcast';
import { paths } from '../../lib/paths';
import { localePaths } from '../../lib/routes';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const { audio } = await loadSite();
  const channel = podcastChannel(locale, site!);
  return rss({
    title: channel.title,
    description: channel.description,
    site: new URL(paths.audios(locale), site).href,
    items: podcastItems(audio, locale, site!),
    xmlns: PODCAST_NS,
    customData: channel.customData,
  });
};
