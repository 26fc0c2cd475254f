/** Audio stories (issue 15): the published recording, its exact size in dist/ and its type, for pages and feeds. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AudioEntry } from './entries';
import { mimeType } from './mime';
import { paths } from './paths';
import { scrubAudio } from '../privacy/audio';

export interface PublishedAudio {
  /** Site-relative URL of the file served by src/pages/media/. */
  url: string;
  type: string;
  /** Bytes of the scrubbed file, i.e. exactly what dist/ holds (feeds' enclosure length). */
  size: number;
}

const cache = new Map<string, PublishedAudio>();

export function publishedAudio(e: AudioEntry): PublishedAudio {
  const key = `${e.id}:${e.data.audio}`;
  let found = cache.get(key);
  if (!found) {
    const source = join(dirname(e.filePath!), e.data.audio);
    found = { url: paths.media('audio', e.id, e.data.audio), type: mimeType(source), size: scrubAudio(readFileSync(source)).length };
    cache.set(key, found);
  }
  return found;
}

/** "1.2 MB" / "160 kB" in the reader's language, so a reader on a costly connection knows before pressing play. */
export const fileSize = (bytes: number, locale: string) =>
  bytes >= 1_000_000
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)));
