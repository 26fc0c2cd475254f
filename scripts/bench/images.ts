/**
 * Cover images for the benchmark: a handful of base pictures drawn from SVG,
 * with film-like grain, then one distinct variation per story (hue, brightness,
 * saturation and a few shapes placed by the story's seed). Every file differs,
 * so Astro has to decode and encode each one as it would real uploads.
 */
import sharp from 'sharp';
import { createRng, type CoverVariant } from './generate.ts';

export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 1000;
const W = COVER_WIDTH;
const H = COVER_HEIGHT;
const BASES = 6;

const PALETTES = [
  ['#f2a65a', '#e4572e', '#6b2d5c', '#f7e7ce'],
  ['#7fb7be', '#1d5f8a', '#0b3954', '#e8f1f2'],
  ['#9bc53d', '#0b6e4f', '#35524a', '#fde74c'],
  ['#c3423f', '#8a2a62', '#211a1e', '#fdd692'],
  ['#5bc0eb', '#fde74c', '#e55934', '#fa7921'],
  ['#d4a373', '#a98467', '#6c584c', '#f0ead2'],
];

function baseSvg(k: number): string {
  const rng = createRng(`cover-base:${k}`);
  const [a, b, c, d] = PALETTES[k % PALETTES.length];
  const shapes = [];
  for (let i = 0; i < 14; i++) {
    const fill = rng.pick([a, b, c, d]);
    const op = (0.25 + rng() * 0.5).toFixed(2);
    if (rng.chance(0.5)) shapes.push(`<circle cx="${rng.int(0, W)}" cy="${rng.int(0, H)}" r="${rng.int(60, 380)}" fill="${fill}" opacity="${op}"/>`);
    else {
      const y = rng.int(H * 0.3, H);
      const amp = rng.int(20, 120);
      shapes.push(`<path d="M0 ${y} C ${W * 0.3} ${y - amp}, ${W * 0.6} ${y + amp}, ${W} ${y - amp / 2} L ${W} ${H} L 0 ${H} Z" fill="${fill}" opacity="${op}"/>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${d}"/><stop offset="1" stop-color="${a}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#g)"/>${shapes.join('')}</svg>`;
}

/** Grain so covers compress like photographs rather than flat vector art. */
function grain(seed: string): Buffer {
  const rng = createRng(seed);
  const buf = Buffer.alloc(W * H);
  for (let i = 0; i < buf.length; i++) buf[i] = 128 + Math.round((rng() + rng() + rng() - 1.5) * 40);
  return buf;
}

/** Base pictures as raw RGB pixels, drawn once per run. */
export async function makeBases() {
  const noise = await sharp(grain('cover-grain'), { raw: { width: W, height: H, channels: 1 } }).toColourspace('srgb').png().toBuffer();
  const bases = [];
  for (let k = 0; k < BASES; k++) {
    const raw = await sharp(Buffer.from(baseSvg(k)))
      .composite([{ input: noise, blend: 'soft-light' }])
      .removeAlpha()
      .raw()
      .toBuffer();
    bases.push(raw);
  }
  return bases;
}

/** One story's cover as JPEG bytes: its own tint and shapes over a base picture (`bases` from makeBases()). */
export async function makeCover(bases: Buffer[], variant: CoverVariant): Promise<Buffer> {
  const rng = createRng(`cover:${variant.variant}`);
  const marks = [];
  for (let i = 0; i < 5; i++)
    marks.push(`<circle cx="${rng.int(0, W)}" cy="${rng.int(0, H)}" r="${rng.int(20, 160)}" fill="#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}" opacity="0.35"/>`);
  const overlay = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${marks.join('')}</svg>`);
  return sharp(bases[variant.variant % bases.length], { raw: { width: W, height: H, channels: 3 } })
    .modulate({ hue: variant.hue, brightness: variant.brightness, saturation: variant.saturation })
    .composite([{ input: overlay }])
    .jpeg({ quality: 82 })
    .toBuffer();
}
