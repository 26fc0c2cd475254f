/** The transcript of a public audio story as plain text, for download and for podcast:transcript. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type AudioEntry } from '../../../lib/entries';
import { plainText } from '../../../lib/text';

export const getStaticPaths = (async () => {
  const { audio } = await loadSite();
  return audio.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: AudioEntry };
  const text = `${entry.data.title}\n${entry.data.author.name}\n\n${plainText(entry.body ?? '')}\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
