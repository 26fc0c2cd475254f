/**
 * The benchmark's peer: a small Hugo site built from the same generated
 * stories in the same run, so "how fast is our build" has a well-known
 * generator beside it. Each story is a page bundle (index.md as generated,
 * plus its cover.jpg); Hugo resizes covers to the widths, format and quality
 * our Cover component uses; list pages are a home page, the paginated story
 * list and one paginated list per theme and origin country, feeds and a
 * sitemap; then Pagefind indexes Hugo's output as it indexes ours.
 * Templates: scripts/bench/hugo/layouts.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from '../../src/config/site.ts';
import { toMarkdown, type GeneratedStory as Story } from './generate.ts';
import { runMeasured } from './measure.ts';

export const HUGO_BIN = process.env.HUGO_BIN ?? '/usr/bin/hugo';
const LAYOUTS = join(dirname(fileURLToPath(import.meta.url)), 'hugo/layouts');


export interface CoverSettings {
  widths: number[];
  format: string;
  quality: number;
}

/**
 * The widths, format and quality of src/components/Cover.astro, read from its
 * source so the peer cannot drift from the site (an .astro file cannot be imported here).
 */
export function coverSettings(root: string): CoverSettings {
  const file = join(root, 'src/components/Cover.astro');
  const src = readFileSync(file, 'utf8');
  const widths = /COVER_WIDTHS\s*=\s*\[([\d,\s]+)\]/.exec(src)?.[1]?.split(',').map((w) => Number(w.trim()));
  const format = /<Image\b[^>]*\bformat="(\w+)"/.exec(src)?.[1];
  const quality = Number(/<Image\b[^>]*\bquality=\{(\d+)\}/.exec(src)?.[1]);
  if (!widths?.length || widths.some((w) => !Number.isInteger(w)) || !format || !Number.isInteger(quality))
    throw new Error(`${file}: could not read COVER_WIDTHS, format and quality for the Hugo peer (scripts/bench/hugo.ts coverSettings); update the patterns there.`);
  return { widths, format, quality };
}

/** Hugo's configuration: our page size, home and related counts, cover settings; taxonomies for themes and origin countries. */
export function hugoConfig(cover: CoverSettings): string {
  return `baseURL = "https://peer.example.org/"
title = "Youth Diaspora Voices (Hugo peer)"
languageCode = "en"
paginate = ${SITE.pageSize}
buildFuture = true
# Feeds and the sitemap stay on, as ours has them.
disableKinds = ["robotsTXT", "404"]

[taxonomies]
theme = "themes"
country = "origincountries"

[params]
cover_widths = [${cover.widths.join(', ')}]
cover_quality = ${cover.quality}
home_latest = ${SITE.homeLatest}
related_count = ${SITE.relatedCount}

[related]
includeNewer = true
threshold = 0
toLower = true
[[related.indices]]
name = "themes"
weight = 100
[[related.indices]]
name = "date"
weight = 10

[imaging]
resampleFilter = "lanczos"
quality = ${cover.quality}
hint = "photo"
`;
}

/**
 * Writes the Hugo site into `dest`: config, layouts, and one bundle per story
 * (content/stories/<id>/index.md as generated, and the cover.jpg written for
 * our site, copied from `coversFrom`/<id>/ so both encode the same bytes).
 */
export function writeHugoSite(root: string, dest: string, stories: Story[], coversFrom: string): { stories: number; covers: number } {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(dest, 'content/stories'), { recursive: true });
  const cover = coverSettings(root);
  if (cover.format !== 'webp') throw new Error(`Cover.astro encodes ${cover.format}; the Hugo peer's templates only ask for webp (scripts/bench/hugo/layouts/partials/cover.html).`);
  writeFileSync(join(dest, 'hugo.toml'), hugoConfig(cover));
  cpSync(LAYOUTS, join(dest, 'layouts'), { recursive: true });
  // Like our site, publish only the resized covers, never the original files.
  writeFileSync(join(dest, 'content/stories/_index.md'), '---\ntitle: Stories\ncascade:\n  _build:\n    publishResources: false\n---\n');
  return addHugoStories(dest, stories, coversFrom);
}

/** Adds story bundles to an existing Hugo site (also the add-one-story rebuild). */
export function addHugoStories(dest: string, stories: Story[], coversFrom: string): { stories: number; covers: number } {
  let covers = 0;
  for (const s of stories) {
    const dir = join(dest, 'content/stories', s.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.md'), toMarkdown(s));
    if (s.cover) {
      copyFileSync(join(coversFrom, s.id, 'cover.jpg'), join(dir, 'cover.jpg'));
      covers++;
    }
  }
  return { stories: stories.length, covers };
}

/** Cold: no output, no processed images (resources/_gen), no module cache. Warm: output only. */
export function clearHugo(dest: string, { keepCaches }: { keepCaches: boolean }): void {
  for (const d of ['public', ...(keepCaches ? [] : ['resources', 'cache'])]) rmSync(join(dest, d), { recursive: true, force: true });
}

/** `hugo` then Pagefind's CLI on its output, measured like our build (scripts/bench/project.ts). */
export async function buildHugo(root: string, dest: string, logPrefix: string) {
  if (!existsSync(HUGO_BIN)) throw new Error(`${HUGO_BIN} not found (apt-get install -y hugo, or set HUGO_BIN).`);
  const env = { HUGO_CACHEDIR: join(dest, 'cache') };
  const main = await runMeasured(HUGO_BIN, ['--source', dest, '--destination', 'public'], { cwd: dest, env, logFile: `${logPrefix}.log` });
  if (main.code !== 0) throw new Error(`hugo failed in ${dest} (log: ${logPrefix}.log):\n${main.tail}`);
  const cli = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
  const pf = await runMeasured(process.execPath, [cli, '--site', 'public', '--force-language', 'en'], { cwd: dest, logFile: `${logPrefix}-pagefind.log` });
  if (pf.code !== 0) throw new Error(`pagefind failed on Hugo's output in ${dest} (log: ${logPrefix}-pagefind.log):\n${pf.tail}`);
  return {
    ms: main.ms + pf.ms,
    hugoMs: main.ms,
    pagefindMs: pf.ms,
    treeRss: Math.max(main.treeRss, pf.treeRss),
    maxRss: main.maxRss == null ? null : Math.max(main.maxRss, pf.maxRss ?? 0),
  };
}
