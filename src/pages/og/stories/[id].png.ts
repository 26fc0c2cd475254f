/** Share image of each public story (the gate decides which exist). */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../lib/entries';
import { prerenderSitePosters, contributionPoster, pngResponse, renderPoster } from '../../../lib/og';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const { stories } = site;
  // At build, every missing poster is drawn in parallel threads before pages render; each page then reads its file.
  if (import.meta.env.PROD) await prerenderSitePosters(site);
    return stories.map((story) => ({ params: { id: story.id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET = async ({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) => pngResponse(await renderPoster(contributionPoster(props.story)));
