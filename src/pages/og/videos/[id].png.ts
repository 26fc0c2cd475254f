/** Share image of each public video (the gate decides which exist). */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../lib/entries';
import { contributionPoster, pngResponse, renderPoster } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const { videos } = await loadSite();
  return videos.map((video) => ({ params: { id: video.id }, props: { video } }));
}) satisfies GetStaticPaths;

export const GET = async ({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) => pngResponse(await renderPoster(contributionPoster(props.video)));
