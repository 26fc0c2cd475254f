/** Share image of each campaign in each interface language: /og/campaigns/<locale>/<id>.png. */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { LOCALES } from '../../../../i18n';
import { loadSite } from '../../../../lib/entries';
import { prerenderSitePosters, campaignPoster, pngResponse, renderPoster } from '../../../../lib/og';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const { campaigns } = site;
  // At build, every missing poster is drawn in parallel threads before pages render; each page then reads its file.
  if (import.meta.env.PROD) await prerenderSitePosters(site);
  return LOCALES.flatMap((locale) => campaigns.map((campaign) => ({ params: { locale, id: campaign.id }, props: { campaign, locale } })));
}) satisfies GetStaticPaths;

export const GET = async ({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) =>
  pngResponse(await renderPoster(campaignPoster(props.campaign, props.locale)));
