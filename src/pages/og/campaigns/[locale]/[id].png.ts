/** Share image of each campaign in each interface language: /og/campaigns/<locale>/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../i18n';
import { loadSite, type CampaignEntry } from '../../../../lib/entries';
import { campaignPoster, pngResponse, renderPoster } from '../../../../lib/og';

export const getStaticPaths = (async () => {
  const { campaigns } = await loadSite();
  return LOCALES.flatMap((locale) => campaigns.map((campaign) => ({ params: { locale, id: campaign.id }, props: { campaign } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  pngResponse(await renderPoster(campaignPoster((props as { campaign: CampaignEntry }).campaign, params.locale as Locale)));
