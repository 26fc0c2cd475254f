/** Share image of each recommendation in each interface language: /og/recommendations/<locale>/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../i18n';
import { loadSite, type RecommendationEntry } from '../../../../lib/entries';
import { pngResponse, recommendationPoster, renderPoster } from '../../../../lib/og';

export const getStaticPaths = (async () => {
  const { recommendations } = await loadSite();
  return LOCALES.flatMap((locale) => recommendations.map((rec) => ({ params: { locale, id: rec.id }, props: { rec } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  pngResponse(await renderPoster(recommendationPoster((props as { rec: RecommendationEntry }).rec, params.locale as Locale)));
