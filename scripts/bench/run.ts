#!/usr/bin/env node
/**
 * The benchmark: how fast the site builds and how light it is at scale.
 *
 *   npm run bench -- [--sizes 200,1000,5000] [--search-sizes 1000,10000]
 *                    [--skip-lighthouse] [--out bench/results.md] [--keep]
 *                    [--peer hugo | --no-peer] [--peer-sizes 1000,5000]
 *
 * For each size N: a temporary copy of the project (/tmp/ydv-bench-N) with the
 * sample content plus N generated stories; a cold build (no caches), then a
 * warm one (caches kept, dist/ removed, as in CI with a restored cache), then
 * one more story added and built again with the caches; the
 * weight of a story page; the first search. Lighthouse runs on the sample site.
 * The peer (on by default when Hugo is installed): at each of --sizes, a Hugo
 * site built from the same generated stories and covers, cold, warm and with
 * one story added, each right after ours (scripts/bench/hugo.ts).
 * Run it on an otherwise idle machine: other work distorts the timings.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateRecommendations, generateStories } from './generate.ts';
import { makeBases } from './images.ts';
import { clearCaches, build, makeCopy, writeRecommendations, writeStories } from './project.ts';
import { countHtml, dirSize, hasGnuTime, pageWeight } from './measure.ts';
import { CHROMIUM_PATH as CHROMIUM } from '../lib/chromium.ts';
import { firstSearch } from './search.ts';
import { runLighthouse } from './lighthouse.ts';
import { renderReport, type HugoRun, type Lighthouse, type Run } from './report.ts';
import { HUGO_BIN, addHugoStories, buildHugo, clearHugo, writeHugoSite } from './hugo.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,1000,5000' },
    'search-sizes': { type: 'string', default: '1000,10000' },
    'skip-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.md' },
    query: { type: 'string', default: 'family' },
    seed: { type: 'string', default: 'ydv-bench' },
    'work-dir': { type: 'string', default: os.tmpdir() },
    keep: { type: 'boolean', default: false },
    peer: { type: 'string', default: 'hugo' },
    'no-peer': { type: 'boolean', default: false },
    /** Sizes at which the peer builds too (default: every one of --sizes); Hugo's WebP encoding makes a 10,000-story peer take the better part of an hour. */
    'peer-sizes': { type: 'string' },
  },
});

const list = (s: string) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean).map(Number))].sort((a, b) => a - b);
const sizes = list(opts.sizes);
const searchSizes = list(opts['search-sizes']);
const peerSizes = opts['peer-sizes'] === undefined ? sizes : list(opts['peer-sizes']).filter((n) => sizes.includes(n));
for (const n of [...sizes, ...searchSizes]) if (!Number.isInteger(n) || n < 1) throw new Error(`Sizes must be positive integers; got "${n}".`);

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const stack = (err: unknown) => (err instanceof Error ? (err.stack ?? err.message) : String(err));
const log = (...a: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const MB = (b: number | null | undefined) => (b == null ? '–' : `${(b / 2 ** 20).toFixed(0)} MB`);
const kB = (b: number | null | undefined) => (b == null ? '–' : `${(b / 1024).toFixed(1)} kB`);
const sec = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node ${process.versions.node} is too old for Astro 7. Run the benchmark through npm (npm run bench), which uses the project's Node 24.`);
  process.exit(1);
}
if ((searchSizes.length || !opts['skip-lighthouse']) && !existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM} (needed for search and Lighthouse). Install it with apt-get install -y chromium, set CHROMIUM_PATH, or pass --search-sizes '' --skip-lighthouse.`);
  process.exit(1);
}
if (!hasGnuTime())
  log('/usr/bin/time is missing: peak memory comes only from sampling /proc every 100 ms. For the exact per-process maximum install it: apt-get install -y time');

if (!['hugo', 'none'].includes(opts.peer)) {
  console.error(`Unknown peer "${opts.peer}": the benchmark knows --peer hugo (the default) and --no-peer (or --peer none).`);
  process.exit(1);
}
/** Why the Hugo peer does not run, or null when it does. */
const peerSkipped = opts['no-peer'] || opts.peer === 'none'
  ? 'turned off (--no-peer)'
  : !existsSync(HUGO_BIN)
    ? `${HUGO_BIN} not found (apt-get install -y hugo, or set HUGO_BIN)`
    : null;
if (peerSkipped) log(`Hugo peer skipped: ${peerSkipped}`);
const peer = { name: 'hugo', skipped: peerSkipped, version: peerSkipped ? null : hugoVersion() };

function hugoVersion() {
  try {
    return execFileSync(HUGO_BIN, ['version'], { encoding: 'utf8' }).trim().split(/\s+/).slice(0, 2).join(' ');
  } catch (err) {
    return `unknown (${message(err).slice(0, 100)})`;
  }
}

const LOGS = join(ROOT, 'bench/tmp/logs');
mkdirSync(LOGS, { recursive: true });

const campaigns = readdirSync(join(ROOT, 'content/campaigns'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'content/campaigns', d.name, 'index.md')))
  .map((d) => d.name);

const started = Date.now();
const machine = {
  date: new Date().toISOString(),
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memory: os.totalmem(),
  loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  node: process.versions.node,
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })(),
};

/* ---------------------------------------------------------------- builds */
const runs: Run[] = [];
let lighthouse: Lighthouse | null = null;
const all = [...new Set([...sizes, ...searchSizes])].sort((a, b) => a - b);
let bases: Awaited<ReturnType<typeof makeBases>> | undefined;
for (const n of all) {
  const dest = join(opts['work-dir'], `ydv-bench-${n}`);
  const run: Run = { n };
  runs.push(run);
  try {
    await measureSize(n, dest, run);
  } catch (err) {
    // Keep going: a failure at one size (e.g. out of memory) must not lose the others.
    run.error = stack(err);
    log(`N=${n}: FAILED: ${message(err).slice(0, 2000)}`);
  }
  if (!opts.keep) for (const d of [dest, `${dest}-hugo`]) rmSync(d, { recursive: true, force: true });
  save();
}

async function measureSize(n: number, dest: string, run: Run) {
  log(`N=${n}: copying the project to ${dest}`);
  makeCopy(ROOT, dest);
  const stories = generateStories({ count: n, seed: opts.seed, campaigns });
  bases ??= await makeBases();
  const t = Date.now();
  const written = await writeStories(dest, stories, bases);
  const recs = writeRecommendations(dest, generateRecommendations(stories, { seed: opts.seed }));
  log(`N=${n}: wrote ${written.stories} stories, ${written.covers} covers (${MB(written.bytes)}), ${recs} recommendations in ${sec(Date.now() - t)}`);
  Object.assign(run, { sample: countDirs(join(dest, 'content/stories')) - n, covers: written.covers, contentBytes: written.bytes });
  const hugoDir = `${dest}-hugo`;
  const storiesDir = join(dest, 'content/stories');
  // The peer's failure is reported beside ours, never instead of ours.
  const hugo: HugoRun = {};
  const peerStep = async (label: string, step: (h: HugoRun) => void | Promise<void>) => {
    // Build sizes only: a size measured only for search (10,000 by default) would add a Hugo cold build of that size (many minutes) to no table.
    if (peerSkipped || hugo.error || !peerSizes.includes(n)) return;
    run.hugo = hugo;
    try {
      await step(hugo);
    } catch (err) {
      hugo.error = `${label}: ${stack(err)}`;
      log(`N=${n}: Hugo ${label} FAILED: ${message(err).slice(0, 2000)}`);
    }
  };
  await peerStep('writing the site', () => void writeHugoSite(ROOT, hugoDir, stories, storiesDir));

  clearCaches(dest);
  log(`N=${n}: cold build…`);
  run.cold = await build(ROOT, dest, join(LOGS, `${n}-cold`));
  const dist = join(dest, 'dist');
  run.pages = countHtml(dist);
  run.dist = dirSize(dist);
  run.pagefindIndex = dirSize(join(dist, 'pagefind'));
  log(`N=${n}: cold ${sec(run.cold.ms)}, ${run.pages} pages, peak ${MB(Math.max(run.cold.treeRss, run.cold.maxRss ?? 0))}`);
  await peerStep('cold build', async (h) => {
    clearHugo(hugoDir, { keepCaches: false });
    log(`N=${n}: Hugo cold build…`);
    h.cold = await buildHugo(ROOT, hugoDir, join(LOGS, `${n}-hugo-cold`));
    h.pages = countHtml(join(hugoDir, 'public'));
    log(`N=${n}: Hugo cold ${sec(h.cold.ms)} (Pagefind ${sec(h.cold.pagefindMs)}), ${h.pages} pages, peak ${MB(h.cold.treeRss)}`);
  });

  const story = stories.find((s) => s.cover && !s.data.translationOf) ?? stories[0]!;
  // Each story's canonical page is the one in its home interface language: the old address redirects there.
  const storyPath = (s: (typeof stories)[number]) => {
    const file = join(dist, 'stories', s.id, 'index.html');
    const to = /http-equiv="refresh" content="0;url=([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    if (!to) throw new Error(`${file} does not redirect to the story's page: cannot find the page to weigh.`);
    return to;
  };
  run.storyPage = pageWeight(dist, storyPath(story));
  run.maxStoryHtmlGzip = Math.max(...stories.map((s) => gzipSync(readFileSync(join(dist, storyPath(s), 'index.html')), { level: 6 }).length));

  if (sizes.includes(n)) {
    rmSync(dist, { recursive: true, force: true });
    log(`N=${n}: warm build…`);
    run.warm = await build(ROOT, dest, join(LOGS, `${n}-warm`));
    log(`N=${n}: warm ${sec(run.warm.ms)}`);
    await peerStep('warm build', async (h) => {
      clearHugo(hugoDir, { keepCaches: true });
      h.warm = await buildHugo(ROOT, hugoDir, join(LOGS, `${n}-hugo-warm`));
      log(`N=${n}: Hugo warm ${sec(h.warm.ms)}`);
    });
    // An editor publishes one story: rebuild with every cache kept (CI with restored caches).
    const added = generateStories({ count: 1, seed: `${opts.seed}:added`, campaigns })[0]!;
    added.id = 'bench-added';
    await writeStories(dest, [added], bases);
    rmSync(dist, { recursive: true, force: true });
    log(`N=${n}: one story added, rebuild with caches…`);
    run.addOne = await build(ROOT, dest, join(LOGS, `${n}-add-one`));
    log(`N=${n}: add-one ${sec(run.addOne.ms)}`);
    await peerStep('add-one rebuild', async (h) => {
      addHugoStories(hugoDir, [added], storiesDir);
      clearHugo(hugoDir, { keepCaches: true });
      h.addOne = await buildHugo(ROOT, hugoDir, join(LOGS, `${n}-hugo-add-one`));
      log(`N=${n}: Hugo add-one ${sec(h.addOne.ms)}`);
    });
  }
  if (searchSizes.includes(n)) {
    log(`N=${n}: first search for "${opts.query}"…`);
    run.search = await firstSearch({ root: ROOT, distDir: dist, query: opts.query, pagePath: storyPath(story) });
    for (const s of run.search) log(`N=${n}: search via ${s.source}: ${s.error ?? `${kB(s.bytes)}, ${s.ms?.toFixed(0)} ms, ${s.results} results`}`);
  }
}

function countDirs(dir: string) {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
}

/* ------------------------------------------------------------ lighthouse */
if (!opts['skip-lighthouse']) {
  const dest = join(opts['work-dir'], 'ydv-bench-sample');
  try {
    log(`Lighthouse: building the sample site in ${dest}`);
    makeCopy(ROOT, dest);
    clearCaches(dest);
    const sampleBuild = await build(ROOT, dest, join(LOGS, 'sample'));
    const dist = join(dest, 'dist');
    const first = (dir: string, prefer: string) => {
      const names = existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).filter((f) => existsSync(join(dist, dir, f, 'index.html'))) : [];
      return names.includes(prefer) ? prefer : names.sort()[0];
    };
    const pages = [
      { name: 'home', path: '/en/' },
      { name: 'story', path: `/en/stories/${first('en/stories', 'georgia-mental-health')}/` },
      { name: 'video', path: `/en/videos/${first('en/videos', 'salvador-coast-letter')}/` },
      { name: 'search', path: '/en/search/' },
      { name: 'campaign', path: `/en/campaigns/${first('en/campaigns', 'climate-voices')}/` },
    ];
    lighthouse = { build: sampleBuild, pages: await runLighthouse(dist, pages, log), storyPage: pageWeight(dist, pages[1]!.path) };
  } catch (err) {
    lighthouse = { error: stack(err) };
    log(`Lighthouse FAILED: ${message(err).slice(0, 2000)}`);
  }
  if (!opts.keep) rmSync(dest, { recursive: true, force: true });
}

const { md, out } = save();
console.log(md);
log(`written ${out} (and .json) in ${sec(Date.now() - started)}`);
if (runs.some((r) => r.error) || lighthouse?.error != null) process.exitCode = 1;

/* --------------------------------------------------------------- report */
function save() {
  const md = renderReport({ machine, opts, sizes, searchSizes, runs, lighthouse, peer, elapsedMs: Date.now() - started });
  const out = resolve(ROOT, opts.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, md);
  writeFileSync(out.replace(/\.md$/, '') + '.json', JSON.stringify({ machine, options: opts, peer, runs, lighthouse }, null, 2));
  return { md, out };
}
