/** The transcript of a public video as plain text, for download. */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../lib/entries';
import { plainText } from '../../../lib/text';

export const getStaticPaths = (async () => {
  const { videos } = await loadSite();
  return videos.map((video) => ({ params: { id: video.id }, props: { video } }));
}) satisfies GetStaticPaths;

export const GET = ({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) => {
  const { video } = props;
  const text = `${video.data.title}\n${video.data.author.name}\n\n${plainText(video.body ?? '')}\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
