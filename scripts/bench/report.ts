/**
 * The benchmark's report as Markdown: builds, the Hugo peer, where the time
 * goes, story page weight, first search, targets (pass/MISS) and Lighthouse.
 * Works on partial results, so a long run that fails late still leaves its figures.
 */
import type { build } from './project.ts';
import type { buildHugo } from './hugo.ts';
import type { pageWeight } from './measure.ts';

type Build = Awaited<ReturnType<typeof build>>;
type HugoBuild = Awaited<ReturnType<typeof buildHugo>>;
type Size = { bytes: number; files: number };
type Weight = ReturnType<typeof pageWeight>;
type Peak = { treeRss: number; maxRss: number | null };

export interface SearchRow {
  source: string;
  bytes?: number | null;
  ms?: number | null;
  results?: number | null;
  requests?: number | null;
  note?: string;
  error?: string;
}

interface Audit {
  id: string;
  score: number;
  title: string;
  displayValue: string;
  items: unknown[];
}

export interface LighthousePage {
  name: string;
  path: string;
  url?: string;
  error?: string;
  scores: Record<string, number | null>;
  metrics: Record<string, string>;
  failed: Record<string, Audit[]>;
  warnings: string[];
  runtimeError?: string;
}

export type Lighthouse = { error: string } | { error?: undefined; build: Build; pages: LighthousePage[]; storyPage: Weight };

/** The Hugo peer at one size: its builds, or why it stopped. */
export interface HugoRun {
  pages?: number;
  cold?: HugoBuild;
  warm?: HugoBuild;
  addOne?: HugoBuild;
  error?: string;
}

/** What one size measured so far (fields appear as the run gets to them). */
export interface Run {
  n: number;
  error?: string;
  sample?: number;
  covers?: number;
  contentBytes?: number;
  cold?: Build;
  warm?: Build;
  addOne?: Build;
  pages?: number;
  dist?: Size;
  pagefindIndex?: Size;
  storyPage?: Weight;
  maxStoryHtmlGzip?: number;
  search?: SearchRow[];
  hugo?: HugoRun;
}

/** A size whose cold build and page weight were measured. */
type Measured = Run & Required<Pick<Run, 'cold' | 'pages' | 'dist' | 'pagefindIndex' | 'storyPage' | 'maxStoryHtmlGzip'>>;

export interface Peer {
  name: string;
  skipped: string | null;
  version: string | null;
}

interface ReportInput {
  machine: { date: string; cores: number; cpu: string; memory: number; loadavg: string; node: string; commit: string };
  opts: { query: string; 'skip-lighthouse': boolean; peer: string; 'no-peer': boolean; 'peer-sizes'?: string };
  sizes: number[];
  searchSizes: number[];
  runs: Run[];
  lighthouse: Lighthouse | null;
  peer: Peer;
  elapsedMs: number;
}

const MB = (b: number | null | undefined) => (b == null ? '–' : `${(b / 2 ** 20).toFixed(0)} MB`);
const size = (b: number | null | undefined) => (b == null ? '–' : b >= 2 ** 20 ? `${(b / 2 ** 20).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} kB`);
const kB = (b: number | null | undefined) => (b == null ? '–' : `${(b / 1024).toFixed(1)} kB`);
const sec = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);

type Table = (head: string[], rows: (string | number | null | undefined)[][]) => void;

export function renderReport({ machine, opts, sizes, searchSizes, runs: allRuns, lighthouse, peer, elapsedMs }: ReportInput): string {
  const runs = allRuns.filter((r): r is Measured => Boolean(r.cold && r.storyPage));
  const at = (n: number) => runs.find((r) => r.n === n);
  const target = (label: string, n: number, get: (r: Measured) => number | null | undefined, limit: number, fmt: (v: number) => string) => {
    const r = at(n);
    const v = r ? get(r) : undefined;
    if (v == null) return [label, 'not measured at this size', '–'];
    return [label, fmt(v), v < limit ? 'pass' : 'MISS'];
  };
  const largest = runs.at(-1);
  const targets = [
    // Issue 13's targets (2-core machine, idle).
    target('1,000 stories: cold build incl. share images and Pagefind < 35 s', 1000, (r) => r.cold.ms, 35_000, sec),
    target('1,000 stories: warm rebuild < 10 s', 1000, (r) => r.warm?.ms, 10_000, sec),
    target('5,000 stories: cold build < 150 s', 5000, (r) => r.cold.ms, 150_000, sec),
    target('5,000 stories: cold peak RSS < 2 GB (process tree)', 5000, (r) => Math.max(r.cold.treeRss, r.cold.maxRss ?? 0), 2 * 2 ** 30, MB),
    target('5,000 stories: warm rebuild < 40 s', 5000, (r) => r.warm?.ms, 40_000, sec),
    target('10,000 stories: cold build < 5 min', 10000, (r) => r.cold.ms, 300_000, sec),
    target('10,000 stories: cold peak RSS < 3 GB (process tree)', 10000, (r) => Math.max(r.cold.treeRss, r.cold.maxRss ?? 0), 3 * 2 ** 30, MB),
    target('10,000 stories: one story added, rebuild with caches < 90 s', 10000, (r) => r.addOne?.ms, 90_000, sec),
    target('cost per story, 10,000 vs 1,000 (cold time) within 1.2×', 10000, (r) => (at(1000) ? r.cold.ms / r.n / (at(1000)!.cold.ms / 1000) : null), 1.2 + 1e-9, (v) => `${v.toFixed(2)}×`),
    target('cost per story, 10,000 vs 1,000 (cold peak RSS) within 1.2×', 10000, (r) => (at(1000) ? r.cold.treeRss / r.n / (at(1000)!.cold.treeRss / 1000) : null), 1.2 + 1e-9, (v) => `${v.toFixed(2)}×`),
    ...(largest
      ? [
          target(`Story page HTML+CSS gzip < 20 kB (N=${largest.n}, largest story page)`, largest.n, (r) => r.maxStoryHtmlGzip + r.storyPage.css.gzip, 20 * 1024, kB),
          target(`Story page JS = 0 bytes (N=${largest.n})`, largest.n, (r) => r.storyPage.js.raw, 1, (v) => `${v} B`),
        ]
      : []),
    // Issue 13: half of Hugo's time on the same content, measured in the same run (the peer).
    target("1,000 stories: cold build ≤ 0.5× Hugo's (same run, same content)", 1000, (r) => (r.hugo?.cold ? r.cold.ms / r.hugo.cold.ms : null), 0.5 + 1e-9, (v) => `${v.toFixed(2)}×`),
    target("5,000 stories: cold build ≤ 0.5× Hugo's (same run, same content)", 5000, (r) => (r.hugo?.cold ? r.cold.ms / r.hugo.cold.ms : null), 0.5 + 1e-9, (v) => `${v.toFixed(2)}×`),
    // The reader's view (search page) when measured, else the API-only figure.
    target('10,000 stories: first search < 300 kB', 10000, (r) => r.search?.find((s) => s.bytes != null)?.bytes, 300 * 1024, kB),
    target('10,000 stories: first search < 300 ms', 10000, (r) => r.search?.find((s) => s.ms != null)?.ms, 300, (v) => `${v.toFixed(0)} ms`),
  ];

  const md: string[] = [];
  const table: Table = (head, rows) => {
    md.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const r of rows) md.push(`| ${r.join(' | ')} |`);
    md.push('');
  };
  md.push('# Benchmark results', '');
  md.push(
    `${machine.date.slice(0, 16).replace('T', ' ')} UTC · ${machine.cores} cores (${machine.cpu}) · ${(machine.memory / 2 ** 30).toFixed(1)} GB RAM · Node ${machine.node} · commit ${machine.commit} · load average at start ${machine.loadavg}`,
    '',
    `Command: \`npm run bench -- --sizes ${sizes.join(',')} --search-sizes ${searchSizes.join(',')}${opts['skip-lighthouse'] ? ' --skip-lighthouse' : ''}${opts['no-peer'] || opts.peer === 'none' ? ' --no-peer' : ''}${opts['peer-sizes'] ? ` --peer-sizes ${opts['peer-sizes']}` : ''}\` · total ${sec(elapsedMs)} · peer: ${peer.skipped ? `none (${peer.skipped})` : peer.version}`,
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
    const withAdd = runs.flatMap((r) => (r.addOne ? [{ n: r.n, addOne: r.addOne }] : []));
    if (withAdd.length) {
      md.push('### One story added', '', 'After the warm build: one generated story written, dist/ removed, every cache kept (what CI does when an editor publishes).', '');
      table(['N', 'rebuild', 'peak RSS (tree / max proc)'], withAdd.map((r) => [r.n, sec(r.addOne.ms), `${MB(r.addOne.treeRss)} / ${MB(r.addOne.maxRss)}`]));
    }
    peerSection(md, table, runs, peer);
    const base = runs.find((r) => r.cold?.ms);
    if (base && runs.length > 1) {
      md.push('### Cost per story', '', `Cold build time and peak memory per generated story, as a multiple of the same at N=${base.n} (1.00 = linear growth; the target is within 1.2).`, '');
      const per = (r: Measured, f: (x: Measured) => number) => f(r) / r.n / (f(base) / base.n);
      table(['N', 'time per story', 'peak RSS per story'], runs.filter((r) => r.cold?.ms).map((r) => [r.n, `${per(r, (x) => x.cold.ms).toFixed(2)}×`, `${per(r, (x) => x.cold.treeRss).toFixed(2)}×`]));
    }
    md.push('### Where the build time goes', '', "From the build's log: content sync (Markdown, schemas), bundling, rendering all routes (share images drawn first, inside it), encoding images, Pagefind, precompression; then the costliest kinds of route (summed render time).", '');
    const phaseRow = (n: number, kind: string, b: Build | undefined) => {
      const p = b?.phases;
      if (!p) return [n, kind, '–', '–', '–', '–', '–', '–', '–', '–', '–'];
      return [n, kind, sec(p.astroMs), sec(p.syncMs), sec(p.bundleMs), sec(p.routesMs), sec(p.postersMs), sec(p.imagesMs), sec(p.pagefindMs), sec(p.compressMs), p.routes.map((r) => `${r.route} ${r.pages}× ${sec(r.ms)}`).join('; ')];
    };
    table(['N', 'build', 'astro total', 'content sync', 'bundling', 'routes', 'of which share images', 'images', 'Pagefind', 'precompression', 'costliest routes'], runs.flatMap((r) => [phaseRow(r.n, 'cold', r.cold), ...(r.warm ? [phaseRow(r.n, 'warm', r.warm)] : [])]));
    md.push('## Story page weight', '', 'A generated story with a cover. JS counts every script the page loads or inlines (JSON data blocks excluded). gzip level 6.', '');
    table(
      ['N', 'page', 'HTML raw / gzip', 'CSS raw / gzip', 'HTML+CSS gzip', 'JS raw / gzip', 'largest story HTML gzip'],
      runs.map((r) => [r.n, r.storyPage.path, `${kB(r.storyPage.html.raw)} / ${kB(r.storyPage.html.gzip)}`, `${kB(r.storyPage.css.raw)} / ${kB(r.storyPage.css.gzip)} (${r.storyPage.css.files.length} files)`, kB(r.storyPage.html.gzip + r.storyPage.css.gzip), `${r.storyPage.js.raw} B / ${r.storyPage.js.gzip} B${r.storyPage.js.files.length ? ` (${r.storyPage.js.files.join(', ')})` : ''}`, kB(r.maxStoryHtmlGzip)]),
    );
    const searched = runs.flatMap((r) => (r.search ? [{ n: r.n, search: r.search }] : []));
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

  if (lighthouse?.error != null) md.push('## Lighthouse', '', `FAILED: ${lighthouse.error.replace(/\s+/g, ' ').slice(0, 600)}`, '');
  else if (lighthouse) {
    md.push('## Lighthouse (sample site, mobile defaults: simulated slow 4G, 4× CPU slowdown)', '', `Sample build: ${sec(lighthouse.build.ms)}; sample story page HTML+CSS gzip ${kB(lighthouse.storyPage.html.gzip + lighthouse.storyPage.css.gzip)}, JS ${lighthouse.storyPage.js.raw} B.`, '');
    table(
      ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
      lighthouse.pages.map((p) =>
        p.error
          ? [p.name, p.path, `error: ${p.error.slice(0, 120)}`, '', '', '', '', '', '', '']
          : [p.name, p.path, p.scores.performance, p.scores.accessibility, p.scores['best-practices'], p.scores.seo, ...['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((m) => p.metrics[m])],
      ),
    );
    const audit = (f: Audit) =>
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
  const failed = allRuns.flatMap((r) => (r.error ? [{ n: r.n, error: r.error }] : []));
  if (failed.length) {
    md.push('## Failures', '');
    for (const r of failed) md.push(`- N=${r.n}: ${r.error.replace(/\s+/g, ' ').slice(0, 600)}`);
    md.push('');
  }
  return md.join('\n');
}

const peak = (b: Peak) => Math.max(b.treeRss, b.maxRss ?? 0);
const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '–');

/** Side by side with Hugo on the same generated stories and covers: ours / Hugo's, time and peak memory. */
function peerSection(md: string[], table: Table, runs: Measured[], peer: Peer | undefined) {
  md.push('### Side by side with Hugo', '');
  if (!peer || peer.skipped) {
    md.push(`Peer skipped: ${peer?.skipped ?? 'not run by this version of the benchmark'}.`, '');
    return;
  }
  md.push(
    `${peer.version}, built in the same run right after each of our builds, from the same N generated stories (front matter as generated, one page bundle each) and the same cover files, resized to the widths, format and quality of src/components/Cover.astro (Lanczos, like sharp). Its pages: home, the paginated story list, a paginated list per theme and per origin country, one page per story with related stories, RSS feeds and a sitemap; one language. It runs at the build sizes (--sizes), not at sizes measured only for search. Pagefind (same CLI, --force-language en) runs on its output and is included in its time. Hugo cold: no resources/_gen, no cache, no public/; warm: resources/_gen kept, public/ removed. Ours also builds the sample content, three interface languages, share images and feeds, so it has more pages. Peak memory as for our builds: the larger of the process tree's sampled sum and GNU time's largest process. A ratio above 1 means ours is slower or heavier.`,
    '',
  );
  const rows: (string | number)[][] = [];
  for (const r of runs) {
    const h = r.hugo;
    if (!h) continue;
    if (h.error && !h.cold) {
      rows.push([r.n, 'cold', '–', '–', '–', '–', '–', '–', `FAILED: ${h.error.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 200)}`]);
      continue;
    }
    const pairs: [string, Build | undefined, HugoBuild | undefined][] = [['cold', r.cold, h.cold], ['warm', r.warm, h.warm], ['one story added', r.addOne, h.addOne]];
    for (const [kind, ours, theirs] of pairs) {
      if (!ours || !theirs) continue;
      rows.push([
        r.n,
        kind,
        sec(ours.ms),
        `${sec(theirs.ms)} (Pagefind ${sec(theirs.pagefindMs)})`,
        `**${ratio(ours.ms, theirs.ms)}**`,
        MB(peak(ours)),
        MB(peak(theirs)),
        `**${ratio(peak(ours), peak(theirs))}**`,
        kind === 'cold' ? `ours ${r.pages}, Hugo ${h.pages}` : '',
      ]);
    }
    if (h.error) rows.push([r.n, '', '', '', '', '', '', '', `Hugo FAILED later: ${h.error.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 200)}`]);
  }
  if (!rows.length) {
    md.push('No size reached the peer (our build failed first).', '');
    return;
  }
  table(['N', 'build', 'ours', 'Hugo + Pagefind', 'time ours / Hugo', 'peak RSS ours', 'peak RSS Hugo', 'memory ours / Hugo', 'HTML pages'], rows);
}
