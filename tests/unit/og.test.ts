import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import exifr from 'exifr';
import { clip, prerenderPosters, renderPoster, OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';

describe('share image poster', () => {
  it('renders Latin and Georgian titles to a 1200×630 PNG without metadata', async () => {
    for (const title of ['A letter to the coast of La Libertad', 'ფსიქიკური ჯანმრთელობა ემიგრაციაში: ჩემი ამბავი']) {
      const png = await renderPoster({ kind: 'Story', title, lang: 'ka', byline: 'by Nino', detail: 'Georgia · Health', color: '#0b6e4f', band: ['#0b6e4f', '#1d5f8a'] }, { cache: false });
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
      expect(meta.exif).toBeUndefined();
      // Only the PNG header (IHDR) may be there: no EXIF, GPS, XMP, ICC or IPTC.
      expect(await exifr.parse(Buffer.from(png), { ihdr: false, tiff: true, gps: true, xmp: true, icc: true, iptc: true })).toBeUndefined();
    }
  });

  it('shortens long titles at a word boundary', () => {
    expect(clip('short', 10)).toBe('short');
    const long = clip('one two three four five six seven eight nine ten', 20);
    expect([...long].length).toBeLessThanOrEqual(20);
    expect(long.endsWith('…')).toBe(true);
    expect(long).toBe('one two three four…');
  });

  it('draws posters in worker threads, byte for byte as in the page, and then serves them from the cache', async () => {
    // A title no other run has drawn, so the threads really render it.
    const posters = [1, 2, 3].map((i) => ({ kind: 'Story', title: `Thread ${i} ${Date.now()} ${Math.random()}`, lang: 'en', color: '#0b6e4f', band: ['#0b6e4f'] }));
    await prerenderPosters(posters, 2);
    for (const p of posters) expect(Buffer.from(await renderPoster(p))).toEqual(Buffer.from(await renderPoster(p, { cache: false })));
    // Starting threads and drawing is slow on a busy 2-core runner.
  }, 120_000);
});
