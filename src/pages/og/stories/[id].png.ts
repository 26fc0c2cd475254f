/** Share image of each public story (the gate decides which exist). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type StoryEntry } from '../../../lib/entries';
import { contributionPoster, pngResponse, renderPoster } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const { stories } = await loadSite();
  return stories.map((story) => ({ params: { id: story.id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderPoster(contributionPoster((props as { story: StoryEntry }).story)));
