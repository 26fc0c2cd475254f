#!/usr/bin/env node
/**
 * Generates every sample image under content/ from the SVG artwork in
 * scripts/lib/sample-motifs.mjs: no text, nothing downloaded. Output is
 * deterministic, so running the script twice yields identical files.
 *
 *   npm exec -c 'node scripts/make-sample-media.mjs'
 *
 * Sizes: story covers 1600x1000, video posters 1280x720, campaign heroes
 * 1600x900, all JPEG quality 70 (mozjpeg), metadata stripped by sharp.
 *
 * One cover is the privacy tests' fixture: it deliberately gets fake GPS and
 * camera EXIF (scripts/lib/gps-fixture.ts), so tests can prove the site
 * strips location data from images before publishing them.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { GPS_FIXTURE, tagGpsFixture } from './lib/gps-fixture.ts';
import { drawMotif, PALETTES as P } from './lib/sample-motifs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = join(ROOT, 'content');
const MAX_BYTES = 150 * 1024;

// Keep output identical across machines with the same libvips build.
sharp.cache(false);
sharp.concurrency(1);

/* ------------------------------------------------------------------ */
/* What to make                                                        */
/* ------------------------------------------------------------------ */

const COVER = { w: 1600, h: 1000 };
const POSTER = { w: 1280, h: 720 };
const HERO = { w: 1600, h: 900 };

/** [relative output path, size, motif, palette, seed] */
const JOBS = [
  // Story covers
  ['stories/fiji-reef-memory/cover.jpg', COVER, 'reef', P.reef, 'fiji-reef-memory'],
  ['stories/georgia-mental-health/cover.jpg', COVER, 'mind', P.mind, 'georgia-mental-health'],
  ['stories/georgia-mental-health-es/cover.jpg', COVER, 'mind', P.mind, 'georgia-mental-health'],
  ['stories/salvador-montreal-sante/cover.jpg', COVER, 'city', P.montreal, 'salvador-montreal-sante'],
  ['stories/peru-andes-glacier/cover.jpg', COVER, 'glacier', P.andes, 'peru-andes-glacier'],
  ['stories/mauritius-siklonn-kreol/cover.jpg', COVER, 'cyclone', P.cyclone, 'mauritius-siklonn-kreol'],
  ['stories/fiji-hindi-aaji-ke-khet/cover.jpg', COVER, 'cane', P.cane, 'fiji-hindi-aaji-ke-khet'],
  ['stories/fiji-sevens-sisters/cover.jpg', COVER, 'pitch', P.pitch, 'fiji-sevens-sisters'],
  ['stories/georgia-supra-toast/cover.jpg', COVER, 'vine', P.supra, 'georgia-supra-toast'],
  ['stories/salvador-coffee-rust/cover.jpg', COVER, 'coffee', P.coffee, 'salvador-coffee-rust'],
  ['stories/peru-grandmother-remedies/cover.jpg', COVER, 'herbs', P.herbs, 'peru-grandmother-remedies'],
  ['stories/mauritius-grandmere-cuisine/cover.jpg', COVER, 'spices', P.spices, 'mauritius-grandmere-cuisine'],
  ['stories/georgia-svaneti-glaciers/cover.jpg', COVER, 'glacier', P.svaneti, 'georgia-svaneti-glaciers'],
  ['stories/salvador-father-braids/cover.jpg', COVER, 'braid', P.braid, 'salvador-father-braids'],
  ['stories/mauritius-lagoon-plastic/cover.jpg', COVER, 'lagoon', P.lagoon, 'mauritius-lagoon-plastic'],
  // Never published: tests check this image never reaches dist/.
  ['stories/draft-unpublished-story/cover.jpg', COVER, 'stripes', P.draft, 'draft-unpublished-story'],
  // Video posters
  ['videos/salvador-coast-letter/poster.jpg', POSTER, 'coast', P.coast, 'salvador-coast-letter'],
  ['videos/georgia-women-winemakers/poster.jpg', POSTER, 'qvevri', P.qvevri, 'georgia-women-winemakers'],
  ['videos/peru-clinic-interpreters/poster.jpg', POSTER, 'voices', P.voices, 'peru-clinic-interpreters'],
  // Campaign heroes
  ['campaigns/climate-voices/hero.jpg', HERO, 'horizon', P.climateHero, 'climate-voices'],
  ['campaigns/care-across-borders/hero.jpg', HERO, 'threads', P.healthHero, 'care-across-borders'],
];

/* ------------------------------------------------------------------ */
/* Run                                                                 */
/* ------------------------------------------------------------------ */

async function render(rel, size, motif, palette, seed) {
  const out = join(CONTENT, rel);
  mkdirSync(dirname(out), { recursive: true });
  const svg = drawMotif(motif, size.w, size.h, palette, seed);
  let quality = 70;
  let buf;
  // Quality ~70; step down only if an image would exceed the size budget.
  for (;;) {
    buf = await sharp(Buffer.from(svg), { density: 72 })
      .resize(size.w, size.h, { fit: 'fill' })
      .flatten({ background: '#000000' })
      .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toBuffer();
    if (buf.length <= MAX_BYTES || quality <= 50) break;
    quality -= 5;
  }
  writeFileSync(out, buf);
  return { rel, bytes: buf.length, quality };
}

const results = [];
for (const [rel, size, motif, palette, seed] of JOBS) results.push(await render(rel, size, motif, palette, seed));

tagGpsFixture(join(ROOT, GPS_FIXTURE));

let failed = false;
for (const r of results) {
  const bytes = statSync(join(CONTENT, r.rel)).size;
  const kb = (bytes / 1024).toFixed(1);
  const over = bytes > MAX_BYTES;
  if (over) failed = true;
  console.log(`${over ? 'TOO BIG' : 'ok     '} ${kb.padStart(6)} KB  q${r.quality}  content/${r.rel}${`content/${r.rel}` === GPS_FIXTURE ? '  (+ fake GPS/camera EXIF: the privacy fixture)' : ''}`);
}
// A reference to a missing image is the build's to report (src/lib/entry-files.ts), with the entry and field.
if (failed) process.exit(1);
console.log(`${results.length} images written.`);
