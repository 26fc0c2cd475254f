/** The podcast's show art: podcast apps want a square PNG or JPEG of 1400–3000 px; made from the site's icon at build. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { pngResponse } from '../lib/og';

const PODCAST_ART_SIDE = 1400;

export const GET: APIRoute = async () => {
  const svg = await readFile(join(process.cwd(), 'public', 'favicon.svg'));
  const png = await sharp(svg, { density: 600 }).resize(PODCAST_ART_SIDE, PODCAST_ART_SIDE, { fit: 'contain', background: '#ffffff' }).flatten({ background: '#ffffff' }).png().toBuffer();
  return pngResponse(new Uint8Array(png));
};
