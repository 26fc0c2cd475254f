/** Share images: one per public story and video, one per campaign and interface language; none for hidden entries. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import exifr from 'exifr';
import { DIST } from '../support/build';
import { listFiles, readDist, UNPUBLISHED } from '../support/dist';
import { partition } from '../support/entries';

import { LOCALES } from '../../src/i18n';
const stories = partition('stories');
const videos = partition('videos');
const campaigns = partition('campaigns');

async function checkPng(rel: string) {
  const file = join(DIST, rel);
  expect(existsSync(file), rel).toBe(true);
  const bytes = readFileSync(file);
  const meta = await sharp(bytes).metadata();
  expect([meta.format, meta.width, meta.height], rel).toEqual(['png', 1200, 630]);
  expect(meta.exif, rel).toBeUndefined();
  expect(meta.xmp, rel).toBeUndefined();
  // The PNG header is all there may be: no EXIF, GPS, XMP, ICC or IPTC block.
  expect(await exifr.parse(bytes, { ihdr: false, tiff: true, gps: true, xmp: true, icc: true, iptc: true }), rel).toBeUndefined();
  // Not a blank card: text makes the pixels vary.
  const { channels } = await sharp(bytes).stats();
  expect(channels[0]!.stdev, rel).toBeGreaterThan(10);
  return bytes.length;
}

describe('Open Graph images', () => {
  it('exist for every public story and video, 1200×630 PNG without metadata', async () => {
    expect(stories.pub.length).toBeGreaterThanOrEqual(18);
    expect(videos.pub.length).toBeGreaterThanOrEqual(3);
    for (const id of stories.pub) await checkPng(`og/stories/${id}.png`);
    for (const id of videos.pub) await checkPng(`og/videos/${id}.png`);
  });

  it('exist for every campaign in every interface language', async () => {
    expect(campaigns.pub.length).toBeGreaterThanOrEqual(2);
    for (const id of campaigns.pub) for (const l of LOCALES) await checkPng(`og/campaigns/${l}/${id}.png`);
  });

  it('exist for nothing else: no draft, future or withdrawn entry has one', () => {
    const og = listFiles().filter((f) => f.startsWith('og/'));
    const expected = [
      ...stories.pub.map((id) => `og/stories/${id}.png`),
      ...videos.pub.map((id) => `og/videos/${id}.png`),
      ...partition('audio').pub.map((id) => `og/audio/${id}.png`),
      ...campaigns.pub.flatMap((id) => LOCALES.map((l) => `og/campaigns/${l}/${id}.png`)),
      ...partition('recommendations').pub.flatMap((id) => LOCALES.map((l) => `og/recommendations/${l}/${id}.png`)),
    ].sort();
    expect(og).toEqual(expected);
    expect([...stories.hidden].sort()).toEqual([...UNPUBLISHED.slugs].sort());
    for (const slug of UNPUBLISHED.slugs) expect(og.some((f) => f.includes(slug)), slug).toBe(false);
  });

  it('are announced by each page with absolute URLs, size and alt text', () => {
    const pages = [
      ...stories.pub.flatMap((id) => LOCALES.map((l) => [`${l}/stories/${id}/index.html`, `/og/stories/${id}.png`])),
      ...videos.pub.flatMap((id) => LOCALES.map((l) => [`${l}/videos/${id}/index.html`, `/og/videos/${id}.png`])),
      ...campaigns.pub.flatMap((id) => LOCALES.map((l) => [`${l}/campaigns/${id}/index.html`, `/og/campaigns/${l}/${id}.png`])),
    ];
    for (const [page, image] of pages) {
      const html = readDist(page!);
      expect(html, page).toMatch(new RegExp(`<meta property="og:image" content="https?://[^"/]+${image}"`));
      expect(html, page).toMatch(new RegExp(`<meta name="twitter:image" content="https?://[^"/]+${image}"`));
      expect(html, page).toContain('<meta name="twitter:card" content="summary_large_image"');
      expect(html, page).toContain('<meta property="og:image:width" content="1200"');
      expect(html, page).toContain('<meta property="og:image:height" content="630"');
      expect(html, page).toMatch(/<meta property="og:image:alt" content="[^"]+"/);
    }
  });
});
