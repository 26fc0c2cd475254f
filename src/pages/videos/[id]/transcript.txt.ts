/** The transcript of a public video as plain text, for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/entries';
import { plainText } from '../../../lib/text';

export const getStaticPaths = (async () => {
  const { videos } = await loadSite();
  return videos.map((video) => ({ params: { id: video.id }, props: { video } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { video } = props as { video: Awaited<ReturnType<typeof loadSite>>['videos'][number] };
  const text = `${video.data.title}\n${video.data.author.name}\n\n${plainText(video.body ?? '')}\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
