/**
 * Serves the files beside a public video (the clip and its captions). Only
 * entries that pass the publication gate get a file in dist/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadSite } from '../../../../lib/entries';
import { isMp4, scrubMp4 } from '../../../../privacy/mp4';
import { mimeType } from '../../../../lib/mime';

export const getStaticPaths = (async () => {
  const { videos } = await loadSite();
  return videos.flatMap((v) => {
    const files = [...(v.data.video.provider === 'self' && v.data.video.file ? [v.data.video.file] : []), ...v.data.captions.map((c) => c.src)];
    return files.map((f) => ({
      params: { collection: 'videos', id: v.id, file: f.replace(/^\.\//, '') },
      props: { path: join(dirname(v.filePath!), f) },
    }));
  });
}) satisfies GetStaticPaths;


export const GET: APIRoute = async ({ props }) => {
  const path = props.path as string;
  const file = await readFile(path);
  // A phone clip says where and with what it was filmed: blank that metadata, keep the video bytes.
  const body = isMp4(file) ? scrubMp4(file) : file;
  return new Response(body, { headers: { 'Content-Type': mimeType(path) } });
};
