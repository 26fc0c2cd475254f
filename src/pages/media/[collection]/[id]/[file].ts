/**
 * Serves the files beside a public video (the clip and its captions) or audio
 * story (the recording, its cover is resized elsewhere, its captions). Only
 * entries that pass the publication gate get a file in dist/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadSite } from '../../../../lib/entries';
import { isMp4, scrubMp4 } from '../../../../privacy/mp4';
import { audioTagsLeft, scrubAudio } from '../../../../privacy/audio';
import { mimeType } from '../../../../lib/mime';

export const getStaticPaths = (async () => {
  const { videos, audio } = await loadSite();
  const audioFiles = audio.flatMap((a) =>
    [a.data.audio, ...(a.data.captions ?? []).map((c) => c.src)].map((f) => ({
      params: { collection: 'audio', id: a.id, file: f.replace(/^\.\//, '') },
      props: { path: join(dirname(a.filePath!), f), audio: f === a.data.audio },
    })),
  );
  return [...audioFiles, ...videos.flatMap((v) => {
    const files = [...(v.data.video.provider === 'self' && v.data.video.file ? [v.data.video.file] : []), ...v.data.captions.map((c) => c.src)];
    return files.map((f) => ({
      params: { collection: 'videos', id: v.id, file: f.replace(/^\.\//, '') },
      props: { path: join(dirname(v.filePath!), f), audio: false },
    }));
  })];
}) satisfies GetStaticPaths;


export const GET: APIRoute = async ({ props }) => {
  const path = props.path as string;
  const file = await readFile(path);
  if (props.audio) {
    // A recording's tags can hold comments, pictures, the app and a place: none of it is published.
    const clean = scrubAudio(file);
    const left = audioTagsLeft(clean);
    if (left.length) throw new Error(`${path}: tags left after scrubbing (${left.join(', ')}). Re-export the recording without tags.`);
    return new Response(clean, { headers: { 'Content-Type': mimeType(path) } });
  }
  // A phone clip says where and with what it was filmed: blank that metadata, keep the video bytes.
  const body = isMp4(file) ? scrubMp4(file) : file;
  return new Response(body, { headers: { 'Content-Type': mimeType(path) } });
};
