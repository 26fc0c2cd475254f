/** Share image of each public story (the gate decides which exist). */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../lib/entries';
import { contributionPoster, pngResponse, renderPoster } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const { stories } = await loadSite();
  return stories.map((story) => ({ params: { id: story.id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET = async ({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) => pngResponse(await renderPoster(contributionPoster(props.story)));
