/** Share image of each public video (the gate decides which exist). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type VideoEntry } from '../../../lib/entries';
import { contributionPoster, pngResponse, renderPoster } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const { videos } = await loadSite();
  return videos.map((video) => ({ params: { id: video.id }, props: { video } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderPoster(contributionPoster((props as { video: VideoEntry }).video)));
