/**
 * Location and device metadata are blanked from MP4 files without touching
 * the video. The fixtures were made with ffmpeg and tagged the two ways
 * phones tag a clip: QuickTime user data (©xyz location, ©mak, ©mod) and
 * Apple metadata keys (com.apple.quicktime.location.ISO6709, make, model).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMp4, scrubMp4 } from '../../src/privacy/mp4';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = {
  udta: { file: readFileSync(join(ROOT, 'tests/fixtures/location-udta.mp4')), leaks: ['\u00a9xyz', '\u00a9mak', '+18.1400+178.4400', 'SampleCam'] },
  mdta: { file: readFileSync(join(ROOT, 'tests/fixtures/location-mdta.mp4')), leaks: ['ISO6709', '+18.1400+178.4400', 'SampleCam', 'com.apple.quicktime.model'] },
};
const has = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s, 'latin1'));

/** Top-level boxes as [type, offset, size]. */
const boxes = (b: Uint8Array) => {
  const out: [string, number, number][] = [];
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let off = 0; off + 8 <= b.length; ) {
    const size = v.getUint32(off);
    out.push([Buffer.from(b.subarray(off + 4, off + 8)).toString('latin1'), off, size]);
    off += size || b.length;
  }
  return out;
};

describe.each(Object.entries(FIXTURES))('scrubMp4 on a clip tagged with %s', (_, { file: fixture, leaks: LEAKS }) => {
  it('starts from a clip that does say where it was filmed', () => {
    expect(isMp4(fixture)).toBe(true);
    for (const leak of LEAKS) expect(has(fixture, leak), leak).toBe(true);
  });

  it('removes location, make and model, and leaves the media data and every offset as they were', () => {
    const out = scrubMp4(fixture);
    for (const leak of LEAKS) expect(has(out, leak), leak).toBe(false);
    expect(out.length).toBe(fixture.length);
    expect(boxes(out).map(([, off, size]) => [off, size])).toEqual(boxes(fixture).map(([, off, size]) => [off, size]));
    const [, mdatAt, mdatSize] = boxes(fixture).find(([t]) => t === 'mdat')!;
    expect(Buffer.from(out.subarray(mdatAt, mdatAt + mdatSize)).equals(fixture.subarray(mdatAt, mdatAt + mdatSize))).toBe(true);
    // The track structure (sample tables) is untouched: only metadata boxes changed.
    for (const box of ['mvhd', 'tkhd', 'stsd', 'stco', 'stsz']) expect(has(out, box), box).toBe(true);
  });

  it('does not change its input', () => {
    const copy = Buffer.from(fixture);
    scrubMp4(copy);
    expect(copy.equals(fixture)).toBe(true);
  });
});

describe('scrubMp4 on other files', () => {
  it('leaves anything that is not an MP4 alone', () => {
    const webm = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(isMp4(webm)).toBe(false);
    expect(scrubMp4(webm)).toEqual(webm);
  });

  it('keeps the sample clip the same size and its media bytes identical', () => {
    const clip = readFileSync(join(ROOT, 'content/videos/salvador-coast-letter/clip.mp4'));
    const out = scrubMp4(clip);
    expect(out.length).toBe(clip.length);
    const [, at, size] = boxes(clip).find(([t]) => t === 'mdat')!;
    expect(Buffer.from(out.subarray(at, at + size)).equals(clip.subarray(at, at + size))).toBe(true);
  });
});
