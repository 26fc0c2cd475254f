import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import exifr from 'exifr';
import { clip, posterSvg, prerenderPosters, renderPoster, OG_HEIGHT, OG_WIDTH } from '../../src/lib/og';

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

  it('leaves out satori’s box masks without changing a pixel (they doubled the rasterising time)', async () => {
    for (const title of ['The long road from Suva to Auckland and the reef we remember', 'ჩემი ბებიის ბაღი თბილისში და ის, რაც იქ დავტოვე']) {
      const p = { kind: 'Story', title, lang: 'en', byline: 'By Ana', detail: 'Fiji · Climate', color: '#205e3b', band: ['#205e3b', '#7a2e8c'] };
      const [withMasks, without] = await Promise.all([posterSvg(p, { boxMasks: true }), posterSvg(p)]);
      expect(withMasks.match(/satori_om-/g)?.length ?? 0).toBeGreaterThan(10);
      expect(without.match(/<mask/g)?.length ?? 0).toBeLessThan(withMasks.match(/<mask/g)!.length / 4);
      const [a, b] = await Promise.all([withMasks, without].map((svg) => sharp(Buffer.from(svg)).raw().toBuffer()));
      expect(b.equals(a!)).toBe(true);
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
