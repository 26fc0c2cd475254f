/**
 * Open Graph share images: a text poster (kind, title, byline, details, theme
 * colour, the site's mark) drawn by satori as SVG and rasterised by sharp to a
 * 1200×630 PNG with no metadata. Big type so it reads as a thumbnail.
 * Each poster is cached by the hash of its full description, so unchanged
 * posters cost nothing on the next build.
 */
import satori from 'satori';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SITE } from '../config/site';
import { LOCALES, countryName, formatDate, formatList, useTranslations, type Locale } from '../i18n';
import { pick } from '../model/campaign';
import { RECOMMENDATION_STATUSES, THEMES, interfaceLocaleFor, type ThemeId } from '../model/taxonomy';
import { currentStatus } from '../model/recommendation';
// Types only: this module must not load astro:content, so it can be tested on its own.
import type { CampaignEntry, Contribution, RecommendationEntry, Site, VideoEntry, AudioEntry } from './entries';
import { BUILD_CACHES } from '../deploy/caches';
import { withoutBoxMasks } from './og-svg.mjs';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface Poster {
  kind: string;
  title: string;
  /** Language of the title, for nothing but the cache key and debugging. */
  lang: string;
  byline?: string;
  detail?: string;
  /** Background: the first theme's colour. */
  color: string;
  /** Colours of every theme, shown as a band at the bottom. */
  band: string[];
}

/** Fonts: Noto Sans Georgian's subsets cover Latin, Latin Extended and Georgian; satori takes WOFF, not WOFF2. */
const FONT_FILES = [
  { name: 'NotoLatin', subset: 'latin' },
  { name: 'NotoLatinExt', subset: 'latin-ext' },
  { name: 'NotoGeorgian', subset: 'georgian' },
] as const;
const FONT_STACK = FONT_FILES.map((f) => f.name).join(', ');

/** Where each font file is: read here, and by the renderer threads. */
function fontFiles() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return FONT_FILES.flatMap(({ name, subset }) =>
    ([400, 700] as const).map((weight) => ({ name, weight, file: require.resolve(`@fontsource/noto-sans-georgian/files/noto-sans-georgian-${subset}-${weight}-normal.woff`) })),
  );
}

let fontsPromise: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
function loadFonts() {
  fontsPromise ??= Promise.all(
    fontFiles().map(async ({ name, weight, file }) => {
      const data = await readFile(file);
      return { name, data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer, weight, style: 'normal' as const };
    }),
  );
  return fontsPromise;
}

/** The site's mark (same drawing as the favicon and header). */
const MARK = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#b4452f"/><path d="M14 40c6-14 14-20 18-20s12 6 18 20" fill="none" stroke="#fff7ea" stroke-width="6" stroke-linecap="round"/><circle cx="32" cy="20" r="6" fill="#fff7ea"/></svg>',
).toString('base64')}`;

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** Shorten to `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}

/** Larger type for shorter titles; at most about four lines. */
const titleSize = (title: string) => {
  const n = [...title].length;
  return n <= 32 ? 80 : n <= 55 ? 68 : n <= 80 ? 58 : 50;
};

export function posterTree(p: Poster): Node {
  const title = clip(p.title, 120);
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: p.color, color: '#ffffff', fontFamily: FONT_STACK },
    [
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 40px' }, [
        el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
          el('div', { display: 'flex', alignItems: 'center' }, [
            el('img', { width: 72, height: 72 }, undefined, { src: MARK, width: 72, height: 72 }),
            el('div', { marginLeft: 20, fontSize: 32, fontWeight: 700 }, SITE.name),
          ]),
          el('div', { display: 'flex', fontSize: 28, fontWeight: 700, padding: '6px 24px', border: '3px solid #ffffff', borderRadius: 999, textTransform: 'uppercase', letterSpacing: 2 }, p.kind),
        ]),
        el('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, [
          el('div', { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, maxWidth: OG_WIDTH - 144 }, title),
        ]),
        el('div', { display: 'flex', flexDirection: 'column' }, [
          ...(p.byline ? [el('div', { fontSize: 36, fontWeight: 700 }, clip(p.byline, 60))] : []),
          ...(p.detail ? [el('div', { fontSize: 28, marginTop: 6, opacity: 0.92 }, clip(p.detail, 80))] : []),
        ]),
      ]),
      // White rule, then one segment per theme colour.
      el('div', { display: 'flex', height: 20, borderTop: '6px solid #ffffff' }, p.band.map((c) => el('div', { flexGrow: 1, backgroundColor: c }))),
    ],
  );
}

const CACHE_DIR = join(process.cwd(), BUILD_CACHES.og);
/** Bump when rendering changes in a way the tree does not show (fonts, PNG settings). */
const RENDER_VERSION = 'og-5:noto-sans-georgian@5:png-palette-16-e1';

/** PNG settings, shared with the renderer threads (src/lib/og-worker.mjs). */
// 16 colours: flat fills, white text and its anti-aliasing need no more (checked by eye on Latin and Georgian);
// against 32, quantising takes ~25 % less time and the files are ~35 % smaller (25 → 16 kB).
const PNG_OPTIONS = { compressionLevel: 6, palette: true, colours: 16, effort: 1, dither: 0 } as const;

const cacheFile = (tree: Node) => join(CACHE_DIR, `${createHash('sha256').update(RENDER_VERSION).update(JSON.stringify(tree)).digest('hex').slice(0, 32)}.png`);

/**
 * Renders every poster not yet in the cache, in worker threads (one per core),
 * before the pages that serve them are rendered: page rendering then only
 * reads files, and the threads' memory is returned when they end. A poster a
 * thread fails on is left to renderPoster(), which reports the error.
 */
/** Resolves to the number of posters drawn. */
export async function prerenderPosters(posters: Poster[], threads = availableParallelism()): Promise<number> {
  const jobs = new Map<string, Node>();
  for (const p of posters) {
    const tree = posterTree(p);
    const file = cacheFile(tree);
    if (!jobs.has(file) && !existsSync(file)) jobs.set(file, tree);
  }
  if (!jobs.size) return 0;
  await mkdir(CACHE_DIR, { recursive: true });
  const queue = [...jobs];
  const workerData = { fonts: fontFiles(), width: OG_WIDTH, height: OG_HEIGHT, png: PNG_OPTIONS };
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(join(process.cwd(), 'src/lib/og-worker.mjs'), { workerData });
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage({ file: job[0], tree: job[1] });
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', next);
      worker.on('error', reject);
      worker.once('online', next);
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.size)) }, run));
  return jobs.size;
}

/** The poster as satori draws it, without its no-op box masks unless `boxMasks` (to compare). */
export async function posterSvg(p: Poster, { boxMasks = false } = {}): Promise<string> {
  const svg = await satori(posterTree(p) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
  return boxMasks ? svg : withoutBoxMasks(svg);
}

/** The poster as PNG bytes: 1200×630, no metadata. */
export async function renderPoster(p: Poster, { cache = true } = {}): Promise<Uint8Array> {
  const tree = posterTree(p);
  const cached = cacheFile(tree);
  if (cache) {
    try {
      return new Uint8Array(await readFile(cached));
    } catch {
      // Not cached yet.
    }
  }
  const svg = await posterSvg(p);
  // sharp writes no EXIF/XMP/ICC unless asked (withMetadata), so the PNG carries none.
  const png = await sharp(Buffer.from(svg)).resize(OG_WIDTH, OG_HEIGHT).png(PNG_OPTIONS).toBuffer();
  if (cache) {
    // Write then rename, so a build running at the same time never reads half a file.
    await mkdir(CACHE_DIR, { recursive: true });
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, png);
    await rename(temp, cached);
  }
  return new Uint8Array(png);
}

const themeColors = (themes: readonly ThemeId[]) => themes.map((t) => THEMES[t].color);

/** A story's or video's poster, in the interface language its page uses. */
export function contributionPoster(entry: Contribution): Poster {
  const d = entry.data;
  const locale = interfaceLocaleFor(d.language);
  const t = useTranslations(locale);
  const countries = formatList(d.originCountries.map((c) => countryName(c, locale)), locale);
  const themes = d.themes.map((id) => THEMES[id].label[locale]).join(' · ');
  const video = entry.collection === 'videos' ? (entry as VideoEntry) : undefined;
  const audio = entry.collection === 'audio' ? (entry as AudioEntry) : undefined;
  return {
    kind: video ? t('card.video') : audio ? t('card.audio') : t('card.story'),
    title: d.title,
    lang: d.language,
    byline: t('card.by', { name: d.author.name }),
    detail: [(video ?? audio)?.data.duration, countries, themes].filter(Boolean).join(' · '),
    color: THEMES[d.themes[0]].color,
    band: themeColors(d.themes),
  };
}

/** A campaign's poster in one interface language (English where a translation is missing). */
export function campaignPoster(campaign: CampaignEntry, locale: Locale): Poster {
  const d = campaign.data;
  const t = useTranslations(locale);
  const title = pick(d.title, locale);
  return {
    kind: t('card.campaign'),
    title: title.value,
    lang: title.fallback ? 'en' : locale,
    byline: d.hashtag,
    detail: t('campaign.dates', { start: formatDate(d.starts, locale, 'medium'), end: formatDate(d.ends, locale, 'medium') }),
    color: THEMES[d.themes[0]].color,
    band: themeColors(d.themes),
  };
}

/** A recommendation's share image: its title, current status and theme, in one interface language. */
export function recommendationPoster(rec: RecommendationEntry, locale: Locale): Poster {
  const d = rec.data;
  const t = useTranslations(locale);
  const title = pick(d.title, locale);
  return {
    kind: t('search.format.recommendation'),
    title: title.value,
    lang: title.fallback ? 'en' : locale,
    byline: RECOMMENDATION_STATUSES[currentStatus(d)][locale],
    detail: THEMES[d.theme].label[locale],
    color: THEMES[d.theme].color,
    band: themeColors([d.theme]),
  };
}

export const pngResponse = (png: Uint8Array) => new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });

let sitePosters: Promise<void> | undefined;
/**
 * Draws every share image the site serves (contributions, and campaigns and
 * recommendations in each interface language) in one pool of threads, once
 * per build, whichever share-image route asks first.
 */
export function prerenderSitePosters(site: Pick<Site, 'contributions' | 'campaigns' | 'recommendations'>): Promise<void> {
  const started = Date.now();
  sitePosters ??= prerenderPosters([
    ...site.contributions.map(contributionPoster),
    ...LOCALES.flatMap((locale) => [
      ...site.campaigns.map((c) => campaignPoster(c, locale)),
      ...site.recommendations.map((r) => recommendationPoster(r, locale)),
    ]),
  ]).then((drawn) => {
    // Read by the benchmark (scripts/bench/project.ts).
    if (drawn) console.info(`[og] drew ${drawn} share images in ${Date.now() - started} ms`);
  });
  return sitePosters;
}
