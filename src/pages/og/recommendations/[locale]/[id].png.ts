/** Share image of each recommendation in each interface language: /og/recommendations/<locale>/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../i18n';
import { loadSite, type RecommendationEntry } from '../../../../lib/entries';
import { prerenderSitePosters, pngResponse, recommendationPoster, renderPoster } from '../../../../lib/og';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const { recommendations } = site;
  // At build, every missing poster is drawn in parallel threads before pages render; each page then reads its file.
  if (import.meta.env.PROD) await prerenderSitePosters(site);
  return LOCALES.flatMap((locale) => recommendations.map((rec) => ({ params: { locale, id: rec.id }, props: { rec } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  pngResponse(await renderPoster(recommendationPoster((props as { rec: RecommendationEntry }).rec, params.locale as Locale)));
