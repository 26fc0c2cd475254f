/**
 * Recordings carry tags: ID3 in MP3 (title, comments, cover pictures, the
 * recording app, sometimes a place or the phone's name), MP4 metadata boxes in
 * M4A. scrubAudio removes them on the way to dist/ and keeps the audio frames
 * byte for byte.
 *
 * Why not a library: the npm ID3 libraries read tags (music-metadata) or
 * rewrite ID3v2 only (node-id3); none removes v2, v1 and APE together without
 * parsing frames we do not need. The containers are fixed and small: ID3v2 is
 * a 10-byte header with its own size (plus an optional 10-byte footer), ID3v1
 * is the last 128 bytes starting "TAG" (227 more for "TAG+"), APEv2 ends in a
 * 32-byte footer giving its size. Cutting those ranges is exact. M4A reuses
 * the MP4 box scrubber (src/privacy/mp4.ts).
 */
import { isMp4, scrubMp4 } from './mp4';

const ascii = (b: Uint8Array, from: number, len: number) => String.fromCharCode(...b.subarray(from, from + len));
/** ID3v2 sizes are "synchsafe": 7 bits per byte. */
const synchsafe = (b: Uint8Array, at: number) => ((b[at]! & 0x7f) << 21) | ((b[at + 1]! & 0x7f) << 14) | ((b[at + 2]! & 0x7f) << 7) | (b[at + 3]! & 0x7f);

/** Length of the ID3v2 tag(s) at the start (tags may be chained). */
function leadingId3v2(b: Uint8Array): number {
  let at = 0;
  while (b.length >= at + 10 && ascii(b, at, 3) === 'ID3') {
    const footer = (b[at + 5]! & 0x10) !== 0;
    at += 10 + synchsafe(b, at + 6) + (footer ? 10 : 0);
  }
  return Math.min(at, b.length);
}

/** Where the audio ends once trailing tags (ID3v1, TAG+, APEv2, an appended ID3v2) are cut. */
function audioEnd(b: Uint8Array, start: number): number {
  let end = b.length;
  for (let changed = true; changed; ) {
    changed = false;
    if (end - 128 >= start && ascii(b, end - 128, 3) === 'TAG') {
      end -= 128;
      changed = true;
      if (end - 227 >= start && ascii(b, end - 227, 4) === 'TAG+') end -= 227;
    }
    if (end - 32 >= start && ascii(b, end - 32, 8) === 'APETAGEX') {
      const view = new DataView(b.buffer, b.byteOffset + end - 32, 32);
      const size = view.getUint32(12, true); // items + footer
      const hasHeader = (view.getUint32(20, true) & 0x80000000) !== 0;
      end = Math.max(start, end - size - (hasHeader ? 32 : 0));
      changed = true;
    }
    if (end - 10 >= start && ascii(b, end - 10, 3) === '3DI') {
      end = Math.max(start, end - 20 - synchsafe(b, end - 4));
      changed = true;
    }
  }
  return end;
}

/** An MP3 without ID3v2, ID3v1 or APE tags: the MPEG frames only. */
export function scrubMp3(input: Uint8Array): Uint8Array<ArrayBuffer> {
  const start = leadingId3v2(input);
  return new Uint8Array(input.subarray(start, audioEnd(input, start)));
}

/** A recording ready for dist/: tags removed (MP3) or metadata boxes blanked (M4A). */
export function scrubAudio(input: Uint8Array): Uint8Array<ArrayBuffer> {
  return isMp4(input) ? scrubMp4(input) : scrubMp3(input);
}

/** The tags an MP3 still carries, by kind; empty when clean. For the dist check. */
export function mp3Tags(b: Uint8Array): string[] {
  const found: string[] = [];
  if (leadingId3v2(b) > 0) found.push('ID3v2');
  const end = audioEnd(b, 0);
  if (end < b.length) found.push('trailing ID3v1/APE/ID3v2');
  return found;
}

/** Metadata box types (udta, meta, ilst, XMP_) still present anywhere in an MP4/M4A's box tree. */
export function mp4MetadataBoxes(b: Uint8Array): string[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const found: string[] = [];
  const walk = (start: number, end: number) => {
    for (let off = start; off + 8 <= end; ) {
      let size = view.getUint32(off);
      let header = 8;
      if (size === 1 && off + 16 <= end) {
        size = Number(view.getBigUint64(off + 8));
        header = 16;
      } else if (size === 0) size = end - off;
      if (size < header || off + size > end) return;
      const type = ascii(b, off + 4, 4);
      if (['udta', 'meta', 'ilst', 'XMP_'].includes(type)) found.push(type);
      if (['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts', 'dinf', 'moof', 'traf', 'mvex'].includes(type)) walk(off + header, off + size);
      off += size;
    }
  };
  if (isMp4(b)) walk(0, b.length);
  return found;
}

/** Every tag a published recording still carries; the build and dist check require none. */
export const audioTagsLeft = (b: Uint8Array) => (isMp4(b) ? mp4MetadataBoxes(b) : mp3Tags(b));
