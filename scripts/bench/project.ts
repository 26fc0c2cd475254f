/**
 * A throw-away copy of the project for one benchmark size, and its builds.
 * node_modules in the copy is a real folder of symlinks to the project's
 * packages, so Astro's cache (node_modules/.astro) and Vite's cache
 * (node_modules/.vite) belong to the copy: a cold build is really cold.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_FILES } from '../lib/project-files.ts';
import { recommendationMarkdown, toMarkdown, type GeneratedRecommendation, type GeneratedStory } from './generate.ts';
import { makeCover } from './images.ts';
import { dirSize, runMeasured } from './measure.ts';

/** Caches that must start empty for a cold build. */
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

export function makeCopy(root: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(dest, 'node_modules'), { recursive: true });
  for (const item of PROJECT_FILES) if (existsSync(join(root, item))) cpSync(join(root, item), join(dest, item), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(root, 'node_modules', entry), join(dest, 'node_modules', entry));
  }
}

/** Writes the stories (and their covers, `parallel` at a time) into dest/content/stories/. */
export async function writeStories(dest: string, stories: GeneratedStory[], bases: Buffer[], parallel = 4) {
  const dir = join(dest, 'content/stories');
  for (const s of stories) {
    mkdirSync(join(dir, s.id), { recursive: true });
    writeFileSync(join(dir, s.id, 'index.md'), toMarkdown(s));
  }
  const withCover = stories.filter((s) => s.cover);
  let next = 0;
  const worker = async () => {
    while (next < withCover.length) {
      const s = withCover[next++]!;
      writeFileSync(join(dir, s.id, 'cover.jpg'), await makeCover(bases, s.cover!));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { stories: stories.length, covers: withCover.length, bytes: dirSize(dir).bytes };
}

/** Writes generated recommendations into dest/content/recommendations/ (beside the sample ones). */
export function writeRecommendations(dest: string, recs: GeneratedRecommendation[]): number {
  const dir = join(dest, 'content/recommendations');
  for (const r of recs) {
    mkdirSync(join(dir, r.id), { recursive: true });
    writeFileSync(join(dir, r.id, 'index.md'), recommendationMarkdown(r));
  }
  return recs.length;
}

export function clearCaches(dest: string): void {
  for (const c of [...CACHES, 'dist']) rmSync(join(dest, c), { recursive: true, force: true });
}

/**
 * `astro build` in dest, measured; then Pagefind via its CLI if the build did
 * not write an index itself (before the search integration is wired in).
 */
export async function build(root: string, dest: string, logPrefix: string) {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const env = { ASTRO_TELEMETRY_DISABLED: '1' };
  const main = await runMeasured(process.execPath, [astro, 'build'], { cwd: dest, env, logFile: `${logPrefix}.log` });
  if (main.code !== 0) throw new Error(`astro build failed in ${dest} (log: ${logPrefix}.log):\n${main.tail}`);
  const result = { ms: main.ms, treeRss: main.treeRss, maxRss: main.maxRss, pagefind: 'in build', phases: phases(`${logPrefix}.log`) };
  if (!existsSync(join(dest, 'dist/pagefind/pagefind.js'))) {
    const cli = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
    const pf = await runMeasured(process.execPath, [cli, '--site', 'dist', '--force-language', 'en'], { cwd: dest, logFile: `${logPrefix}-pagefind.log` });
    if (pf.code !== 0) throw new Error(`pagefind failed in ${dest} (log: ${logPrefix}-pagefind.log):\n${pf.tail}`);
    Object.assign(result, {
      ms: main.ms + pf.ms,
      treeRss: Math.max(main.treeRss, pf.treeRss),
      maxRss: main.maxRss == null ? null : Math.max(main.maxRss, pf.maxRss ?? 0),
      pagefind: `separate CLI run, ${(pf.ms / 1000).toFixed(1)} s (no search integration in the build)`,
    });
  }
  return result;
}

const toMs = (value: string, unit: string | undefined) => Number(value) * (unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1);
/** "850ms", "12.3 s", "1m 4s", "2m" → milliseconds. */
export function durationMs(text: string): number {
  let ms = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+) ?(ms|s|m)\b/g)) ms += toMs(value!, unit);
  return ms;
}

/**
 * Where the build spent its time, from Astro's log: content sync, bundling,
 * page rendering (share images first), image encoding, Pagefind, precompression, and the rendering time summed per kind of route
 * (/stories/*, /og/stories/*, /<locale>/stories/* …), most expensive first.
 */
export function phases(logFile: string) {
  const log = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  // Astro writes "850ms", "12.3s" or "1m 4s"; DUR in a pattern stands for any of them.
  const phase = (re: RegExp) => {
    const m = new RegExp(re.source.replace('DUR', String.raw`(?:\d+m ?)?[\d.]+ ?(?:ms|s)|\d+m`)).exec(log);
    return m ? durationMs(m[1]!) : null;
  };
  const groups = new Map();
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s|m)\)/g)) {
    const segs = m[1].replace(/^\/(en|fr|es)\//, '/<locale>/').split('/').filter(Boolean);
    if (segs.at(-1) === 'index.html') segs.pop();
    const keep = ['og', 'media', '<locale>'].includes(segs[0]) ? 2 : 1;
    const key = `/${segs.slice(0, keep).join('/')}${segs.length > keep ? '/*' : ''}`;
    const g = groups.get(key) ?? { route: key, pages: 0, ms: 0 };
    g.pages++;
    g.ms += toMs(m[2], m[3]);
    groups.set(key, g);
  }
  return {
    syncMs: phase(/\[types\] Generated (DUR)/),
    bundleMs: phase(/\[vite\] ✓ built in (DUR)/),
    routesMs: phase(/generating static routes[\s\S]*?Completed in (DUR)\./),
    postersMs: phase(/\[og\] drew \d+ share images? in (DUR)/),
    imagesMs: phase(/generating optimized images[\s\S]*?Completed in (DUR)\./),
    pagefindMs: phase(/indexed \d+ pages in (DUR)/),
    compressMs: phase(/precompressed \d+ files .*? in (DUR)/),
    astroMs: phase(/page\(s\) built in (DUR)/),
    routes: [...groups.values()].sort((a, b) => b.ms - a.ms).slice(0, 6),
  };
}
