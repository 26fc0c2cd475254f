/** Share image of each public audio story (the gate decides which exist). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type AudioEntry } from '../../../lib/entries';
import { contributionPoster, pngResponse, renderPoster } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const { audio } = await loadSite();
  return audio.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderPoster(contributionPoster((props as { entry: AudioEntry }).entry)));
