#!/usr/bin/env node
/**
 * The benchmark: how fast the site builds and how light it is at scale.
 *
 *   npm run bench -- [--sizes 200,1000,5000] [--search-sizes 1000,10000]
 *                    [--skip-lighthouse] [--out bench/results.md] [--keep]
 *
 * For each size N: a temporary copy of the project (/tmp/ydv-bench-N) with the
 * sample content plus N generated stories; a cold build (no caches), then a
 * warm one (caches kept, dist/ removed, as in CI with a restored cache); the
 * weight of a story page; the first search. Lighthouse runs on the sample site.
 * Run it on an otherwise idle machine: other work distorts the timings.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateStories } from './generate.mjs';
import { makeBases } from './images.mjs';
import { clearCaches, build, makeCopy, writeStories } from './project.mjs';
import { countHtml, dirSize, hasGnuTime, pageWeight } from './measure.mjs';
import { firstSearch } from './search.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { gzipSync } from 'node:zlib';

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
  },
});

const list = (s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean).map(Number))].sort((a, b) => a - b);
const sizes = list(opts.sizes);
const searchSizes = list(opts['search-sizes']);
for (const n of [...sizes, ...searchSizes]) if (!Number.isInteger(n) || n < 1) throw new Error(`Sizes must be positive integers; got "${n}".`);

const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const MB = (b) => (b == null ? '–' : `${(b / 2 ** 20).toFixed(0)} MB`);
const size = (b) => (b >= 2 ** 20 ? `${(b / 2 ** 20).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} kB`);
const kB = (b) => (b == null ? '–' : `${(b / 1024).toFixed(1)} kB`);
const sec = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node ${process.versions.node} is too old for Astro 7. Run the benchmark through npm (npm run bench), which uses the project's Node 24.`);
  process.exit(1);
}
if (!hasGnuTime())
  log('/usr/bin/time is missing: peak memory comes only from sampling /proc every 100 ms. For the exact per-process maximum install it: apt-get install -y time');

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
const runs = [];
const all = [...new Set([...sizes, ...searchSizes])].sort((a, b) => a - b);
let bases;
for (const n of all) {
  const dest = join(opts['work-dir'], `ydv-bench-${n}`);
  log(`N=${n}: copying the project to ${dest}`);
  makeCopy(ROOT, dest);
  const stories = generateStories({ count: n, seed: opts.seed, campaigns });
  bases ??= await makeBases();
  const t = Date.now();
  const written = await writeStories(dest, stories, bases);
  log(`N=${n}: wrote ${written.stories} stories, ${written.covers} covers (${MB(written.bytes)}) in ${sec(Date.now() - t)}`);

  const run = { n, sample: countDirs(join(dest, 'content/stories')) - n, covers: written.covers, contentBytes: written.bytes };
  clearCaches(dest);
  log(`N=${n}: cold build…`);
  run.cold = await build(ROOT, dest, join(LOGS, `${n}-cold`));
  const dist = join(dest, 'dist');
  run.pages = countHtml(dist);
  run.dist = dirSize(dist);
  run.pagefindIndex = dirSize(join(dist, 'pagefind'));
  log(`N=${n}: cold ${sec(run.cold.ms)}, ${run.pages} pages, peak ${MB(run.cold.treeRss)}`);

  const story = stories.find((s) => s.cover && !s.data.translationOf) ?? stories[0];
  run.storyPage = pageWeight(dist, `/stories/${story.id}/`);
  run.maxStoryHtmlGzip = Math.max(...stories.map((s) => gzipSync(readFileSync(join(dist, 'stories', s.id, 'index.html')), { level: 6 }).length));

  if (sizes.includes(n)) {
    rmSync(dist, { recursive: true, force: true });
    log(`N=${n}: warm build…`);
    run.warm = await build(ROOT, dest, join(LOGS, `${n}-warm`));
    log(`N=${n}: warm ${sec(run.warm.ms)}`);
  }
  if (searchSizes.includes(n)) {
    log(`N=${n}: first search for "${opts.query}"…`);
    try {
      run.search = await firstSearch({ root: ROOT, distDir: dist, query: opts.query, pagePath: `/stories/${story.id}/` });
      for (const s of run.search) log(`N=${n}: search via ${s.source}: ${s.error ?? `${kB(s.bytes)}, ${s.ms?.toFixed(0)} ms, ${s.results} results`}`);
    } catch (err) {
      run.search = [{ source: 'search', error: String(err?.message ?? err) }];
      log(`N=${n}: search failed: ${run.search[0].error}`);
    }
  }
  runs.push(run);
  if (!opts.keep) rmSync(dest, { recursive: true, force: true });
}

function countDirs(dir) {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
}

/* ------------------------------------------------------------ lighthouse */
let lighthouse = null;
if (!opts['skip-lighthouse']) {
  const dest = join(opts['work-dir'], 'ydv-bench-sample');
  log(`Lighthouse: building the sample site in ${dest}`);
  makeCopy(ROOT, dest);
  clearCaches(dest);
  const sampleBuild = await build(ROOT, dest, join(LOGS, 'sample'));
  const dist = join(dest, 'dist');
  const first = (dir, prefer) => {
    const names = existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).filter((f) => existsSync(join(dist, dir, f, 'index.html'))) : [];
    return names.includes(prefer) ? prefer : names.sort()[0];
  };
  const pages = [
    { name: 'home', path: '/en/' },
    { name: 'story', path: `/stories/${first('stories', 'georgia-mental-health')}/` },
    { name: 'video', path: `/videos/${first('videos', 'salvador-coast-letter')}/` },
    { name: 'search', path: '/en/search/' },
    { name: 'campaign', path: `/en/campaigns/${first('en/campaigns', 'climate-voices')}/` },
  ];
  lighthouse = { build: sampleBuild, pages: await runLighthouse(dist, pages, log), storyPage: pageWeight(dist, pages[1].path) };
  if (!opts.keep) rmSync(dest, { recursive: true, force: true });
}

/* --------------------------------------------------------------- report */
const at = (n) => runs.find((r) => r.n === n);
const target = (label, n, get, limit, fmt) => {
  const r = at(n);
  const v = r ? get(r) : undefined;
  if (v == null) return [label, 'not run at this size', '–'];
  return [label, fmt(v), v < limit ? 'pass' : 'MISS'];
};
const largest = runs.at(-1);
const targets = [
  target('1,000 stories: cold build incl. Pagefind < 60 s', 1000, (r) => r.cold.ms, 60_000, sec),
  target('1,000 stories: warm rebuild < 30 s', 1000, (r) => r.warm?.ms, 30_000, sec),
  target('5,000 stories: cold build < 5 min', 5000, (r) => r.cold.ms, 300_000, sec),
  target('5,000 stories: peak RSS < 2 GB (process tree)', 5000, (r) => Math.max(r.cold.treeRss, r.cold.maxRss ?? 0), 2 * 2 ** 30, MB),
  ...(largest
    ? [
        target(`Story page HTML+CSS gzip < 20 kB (N=${largest.n}, largest story page)`, largest.n, (r) => r.maxStoryHtmlGzip + r.storyPage.css.gzip, 20 * 1024, kB),
        target(`Story page JS = 0 bytes (N=${largest.n})`, largest.n, (r) => r.storyPage.js.raw, 1, (v) => `${v} B`),
      ]
    : []),
  // The reader's view (search page) when measured, else the API-only figure.
  target('10,000 stories: first search < 300 kB', 10000, (r) => r.search?.find((s) => s.bytes != null)?.bytes, 300 * 1024, kB),
  target('10,000 stories: first search < 300 ms', 10000, (r) => r.search?.find((s) => s.ms != null)?.ms, 300, (v) => `${v.toFixed(0)} ms`),
];

const md = [];
const table = (head, rows) => {
  md.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const r of rows) md.push(`| ${r.join(' | ')} |`);
  md.push('');
};
md.push('# Benchmark results', '');
md.push(
  `${machine.date.slice(0, 16).replace('T', ' ')} UTC · ${machine.cores} cores (${machine.cpu}) · ${(machine.memory / 2 ** 30).toFixed(1)} GB RAM · Node ${machine.node} · commit ${machine.commit} · load average at start ${machine.loadavg}`,
  '',
  `Command: \`npm run bench -- --sizes ${sizes.join(',')} --search-sizes ${searchSizes.join(',')}${opts['skip-lighthouse'] ? ' --skip-lighthouse' : ''}\` · total ${sec(Date.now() - started)}`,
  '',
);
if (runs.length) {
  md.push('## Builds', '', `N generated stories (600–900 words; en, fr, es, ka in equal shares; half with a 1600×1000 JPEG cover) plus the sample content (${runs[0].sample} stories, with its videos and campaigns). Cold: no .astro/, node_modules/.astro or node_modules/.vite. Warm: caches kept, dist/ removed. Peak RSS: sum over the process tree sampled every 100 ms / largest single process (GNU time).`, '');
  table(
    ['N', 'pages', 'cold build', 'pages/s', 'warm build', 'peak RSS cold (tree / max proc)', 'peak RSS warm', 'dist/', 'Pagefind index', 'Pagefind'],
    runs.map((r) => [
      r.n,
      r.pages,
      sec(r.cold.ms),
      (r.pages / (r.cold.ms / 1000)).toFixed(1),
      sec(r.warm?.ms),
      `${MB(r.cold.treeRss)} / ${MB(r.cold.maxRss)}`,
      r.warm ? `${MB(r.warm.treeRss)} / ${MB(r.warm.maxRss)}` : '–',
      `${size(r.dist.bytes)} (${r.dist.files} files)`,
      `${size(r.pagefindIndex.bytes)} (${r.pagefindIndex.files} files)`,
      r.cold.pagefind,
    ]),
  );
  md.push('### Where the build time goes', '', "From Astro's log: rendering all routes, encoding images, Pagefind; then the costliest kinds of route (summed render time).", '');
  const phaseRow = (n, kind, b) => {
    const p = b?.phases;
    if (!p) return [n, kind, '–', '–', '–', '–', '–'];
    return [n, kind, sec(p.astroMs), sec(p.routesMs), sec(p.imagesMs), p.pagefindMs == null ? '–' : sec(p.pagefindMs), p.routes.map((r) => `${r.route} ${r.pages}× ${sec(r.ms)}`).join('; ')];
  };
  table(['N', 'build', 'astro total', 'routes', 'images', 'Pagefind', 'costliest routes'], runs.flatMap((r) => [phaseRow(r.n, 'cold', r.cold), ...(r.warm ? [phaseRow(r.n, 'warm', r.warm)] : [])]));
  md.push('## Story page weight', '', 'A generated story with a cover. JS counts every script the page loads or inlines (JSON data blocks excluded). gzip level 6.', '');
  table(
    ['N', 'page', 'HTML raw / gzip', 'CSS raw / gzip', 'HTML+CSS gzip', 'JS raw / gzip', 'largest story HTML gzip'],
    runs.map((r) => [r.n, r.storyPage.path, `${kB(r.storyPage.html.raw)} / ${kB(r.storyPage.html.gzip)}`, `${kB(r.storyPage.css.raw)} / ${kB(r.storyPage.css.gzip)} (${r.storyPage.css.files.length} files)`, kB(r.storyPage.html.gzip + r.storyPage.css.gzip), `${r.storyPage.js.raw} B / ${r.storyPage.js.gzip} B${r.storyPage.js.files.length ? ` (${r.storyPage.js.files.join(', ')})` : ''}`, kB(r.maxStoryHtmlGzip)]),
  );
  const searched = runs.filter((r) => r.search);
  if (searched.length) {
    md.push(`## First search ("${opts.query}")`, '');
    table(
      ['N', 'bytes downloaded', 'latency', 'results', 'requests', 'measured by'],
      searched.flatMap((r) =>
        r.search.map((s) =>
          s.error
            ? [r.n, 'error', '–', '–', '–', `${s.source}: ${s.error.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 200)}`]
            : [r.n, kB(s.bytes), s.ms == null ? '–' : `${s.ms.toFixed(0)} ms`, s.results ?? '–', s.requests ?? '–', `${s.source}${s.note ? `; ${s.note}` : ''}`],
        ),
      ),
    );
  }
}
md.push('## Targets', '');
table(['target', 'measured', 'result'], targets);

if (lighthouse) {
  md.push('## Lighthouse (sample site, mobile defaults: simulated slow 4G, 4× CPU slowdown)', '', `Sample build: ${sec(lighthouse.build.ms)}; sample story page HTML+CSS gzip ${kB(lighthouse.storyPage.html.gzip + lighthouse.storyPage.css.gzip)}, JS ${lighthouse.storyPage.js.raw} B.`, '');
  table(
    ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    lighthouse.pages.map((p) =>
      p.error
        ? [p.name, p.path, `error: ${p.error.slice(0, 120)}`, '', '', '', '', '', '', '']
        : [p.name, p.path, p.scores.performance, p.scores.accessibility, p.scores['best-practices'], p.scores.seo, ...['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((m) => p.metrics[m])],
    ),
  );
  const audit = (f) =>
    `\`${f.id}\` (score ${f.score}) ${f.title}${f.displayValue ? `: ${f.displayValue}` : ''}${f.items.length ? ` — ${f.items.map((i) => `\`${String(i).replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, 160)}\``).join(', ')}` : ''}`;
  md.push('### Accessibility, best-practices and SEO audits that did not pass', '');
  let any = false;
  for (const p of lighthouse.pages) {
    if (p.error) continue;
    for (const cat of ['accessibility', 'best-practices', 'seo'])
      for (const f of p.failed[cat]) {
        any = true;
        md.push(`- **${p.name}** ${cat}: ${audit(f)}`);
      }
    if (p.runtimeError) md.push(`- **${p.name}**: runtime error ${p.runtimeError}`);
    for (const w of p.warnings) md.push(`- **${p.name}** warning: ${w}`);
  }
  if (!any) md.push('None: every audit passed on every page.');
  md.push(
    '',
    '### Performance audits below 1',
    '',
    '`cache-insight` and `document-latency-insight` (no cache headers, no compression) come from the plain static server used here: set them at the host. `network-dependency-tree-insight` only lists the request chain.',
    '',
  );
  for (const p of lighthouse.pages) if (!p.error) for (const f of p.failed.performance) md.push(`- **${p.name}**: ${audit(f)}`);
  md.push('');
}
md.push('Logs of every build: bench/tmp/logs/.', '');

const out = resolve(ROOT, opts.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, md.join('\n'));
writeFileSync(out.replace(/\.md$/, '') + '.json', JSON.stringify({ machine, options: opts, runs, lighthouse }, null, 2));
console.log(md.join('\n'));
log(`written ${out} (and .json) in ${sec(Date.now() - started)}`);
