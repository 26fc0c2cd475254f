/**
 * Checks on the files an entry points to (images, for now): that they exist
 * and are not oversized. Runs during content sync, before Astro resolves the
 * images, so a mistake is reported with the entry's file and field instead
 * of a bare "image not found".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';

import { IMAGE_LIMITS } from '../model/fields';
import { AUDIO_LIMITS } from '../model/audio';

export { IMAGE_LIMITS };

/** Astro's marker for an image() value in entry data before it is stored. */
const IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** [field path, relative image path] for every image() value in `data` that still carries Astro's marker. */
export function imageFields(data: unknown, path: string[] = []): [string, string][] {
  if (typeof data === 'string') return data.startsWith(IMAGE_PREFIX) ? [[path.join('.'), data.slice(IMAGE_PREFIX.length)]] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => imageFields(v, [...path, String(i)]));
  if (data && typeof data === 'object' && !(data instanceof Date)) return Object.entries(data).flatMap(([k, v]) => imageFields(v, [...path, k]));
  return [];
}

/** The same for an entry in Astro's data store, which strips the marker and lists image paths in `imageImports`. */
export function storedImageFields(entry: { data: Record<string, unknown>; imageImports?: (string | number)[][] }): [string, string][] {
  if (!entry.imageImports) return imageFields(entry.data);
  return entry.imageImports.map((segments) => {
    const value = segments.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], entry.data);
    return [segments.join('.'), String(value)] as [string, string];
  });
}

/** Problems with the images of one entry, as "file: field …" sentences. */
export async function imageProblems(images: [string, string][], entryFile: string, root = process.cwd()): Promise<string[]> {
  const problems: string[] = [];
  const file = relative(root, join(root, entryFile));
  for (const [field, rel] of images) {
    if (/^(https?:)?\/\//.test(rel)) {
      problems.push(`${file}: ${field} is a web address (${rel}). Download the image, put it beside index.md and write ./name.jpg instead.`);
      continue;
    }
    const abs = join(root, dirname(entryFile), rel);
    if (!existsSync(abs)) {
      problems.push(`${file}: ${field} is "${rel}", but there is no such file beside index.md. Add the image or correct the name.`);
      continue;
    }
    const bytes = statSync(abs).size;
    if (bytes > IMAGE_LIMITS.maxBytes)
      problems.push(`${file}: ${field} (${rel}) is ${(bytes / 1048576).toFixed(1)} MB. Images must be under ${IMAGE_LIMITS.maxBytes / 1048576} MB: export it smaller (JPEG, 2000 pixels wide) and replace it.`);
    const { width = 0, height = 0 } = await sharp(abs).metadata().catch(() => ({ width: -1, height: -1 }));
    if (width < 0) problems.push(`${file}: ${field} (${rel}) is not an image sharp can read. Use a JPEG, PNG or WebP file.`);
    else if (Math.max(width, height) > IMAGE_LIMITS.maxSide)
      problems.push(`${file}: ${field} (${rel}) is ${width}×${height} pixels. Resize it so neither side is over ${IMAGE_LIMITS.maxSide} pixels (2000 is plenty).`);
  }
  return problems;
}

/**
 * Problems with an audio entry's recording and transcript (issue 15): the
 * file must be a real MP3 or M4A under the size limit, and the body (the
 * transcript) must not be empty. A missing file is reported by integrity.ts.
 */
export function audioProblems(entry: { data: Record<string, unknown>; body?: string }, entryFile: string, root = process.cwd()): string[] {
  const problems: string[] = [];
  const file = relative(root, join(root, entryFile));
  if (!entry.body?.trim())
    problems.push(`${file}: the transcript (the text below the front matter) is empty. Write or paste what is said in the recording: deaf readers and search depend on it (the team can help).`);
  const rel = entry.data.audio;
  if (typeof rel !== 'string') return problems;
  const abs = join(root, dirname(entryFile), rel);
  if (!existsSync(abs)) return problems;
  const bytes = statSync(abs).size;
  if (bytes > AUDIO_LIMITS.maxBytes)
    problems.push(`${file}: audio (${rel}) is ${(bytes / 1048576).toFixed(1)} MB. Recordings must be under ${AUDIO_LIMITS.maxBytes / 1048576} MB: export it as a mono MP3 at 64 kbit/s, or cut it.`);
  const head = readFileSync(abs).subarray(0, 12);
  const kind = audioContainer(head);
  const expected = rel.toLowerCase().endsWith('.m4a') ? 'm4a' : 'mp3';
  if (kind !== expected)
    problems.push(`${file}: audio (${rel}) is not ${expected === 'mp3' ? 'an MP3' : 'an M4A'} file${kind ? ` (it looks like ${kind === 'mp3' ? 'an MP3' : 'an M4A'}: fix the extension)` : ''}. Export the recording as MP3 or M4A and replace it.`);
  return problems;
}

/** What the first bytes of a file say it is: an ID3-tagged or bare MPEG audio stream, or an MP4 (M4A) container. */
export function audioContainer(head: Uint8Array): 'mp3' | 'm4a' | undefined {
  if (head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) return 'mp3'; // "ID3"
  if (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0) return 'mp3'; // MPEG frame sync
  if (String.fromCharCode(...head.subarray(4, 8)) === 'ftyp') return 'm4a';
  return undefined;
}
