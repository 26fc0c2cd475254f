/** Share image of each campaign in each interface language: /og/campaigns/<locale>/<id>.png. */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { LOCALES } from '../../../../i18n';
import { loadSite } from '../../../../lib/entries';
import { campaignPoster, pngResponse, renderPoster } from '../../../../lib/og';

export const getStaticPaths = (async () => {
  const { campaigns } = await loadSite();
  return LOCALES.flatMap((locale) => campaigns.map((campaign) => ({ params: { locale, id: campaign.id }, props: { campaign, locale } })));
}) satisfies GetStaticPaths;

export const GET = async ({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) =>
  pngResponse(await renderPoster(campaignPoster(props.campaign, props.locale)));
