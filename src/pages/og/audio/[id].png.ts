/** Share image of each public audio story (the gate decides which exist). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type AudioEntry } from '../../../lib/entries';
import { prerenderSitePosters, contributionPoster, pngResponse, renderPoster } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const { audio } = site;
  // At build, every missing poster is drawn in parallel threads before pages render; each page then reads its file.
  if (import.meta.env.PROD) await prerenderSitePosters(site);
  return audio.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderPoster(contributionPoster((props as { entry: AudioEntry }).entry)));
