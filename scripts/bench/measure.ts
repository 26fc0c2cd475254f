/**
 * Measuring helpers: run a command and record its wall time and peak memory,
 * folder sizes, and the bytes a browser downloads for one page.
 *
 * Peak memory is measured two ways:
 *  - treeRss: the sum of VmRSS over the whole process tree, sampled from /proc
 *    every 100 ms (what the machine must hold; may miss a peak shorter than that);
 *  - maxRss: GNU time's "Maximum resident set size", exact but for the single
 *    largest process only (needs /usr/bin/time: apt-get install -y time).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = () => existsSync(GNU_TIME);
const PAGE = 4096;

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (list) kids.push(...list.split(' ').map(Number));
    }
  } catch {
    /* gone */
  }
  return kids;
}

/** Sum of RSS over `root` and all its descendants. */
export function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssBytes(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

export interface Measured {
  code: number;
  ms: number;
  /** Peak of the process tree's summed RSS, sampled every 100 ms. */
  treeRss: number;
  /** GNU time's maximum RSS of the largest single process, or null without /usr/bin/time. */
  maxRss: number | null;
  tail: string;
}

/**
 * Run `cmd args` in `cwd`; resolves { code, ms, treeRss, maxRss, tail }.
 * Output goes to `logFile` (the last lines are kept for error messages).
 */
export function runMeasured(cmd: string, args: string[], { cwd, env = {}, logFile }: { cwd: string; env?: Record<string, string>; logFile?: string }): Promise<Measured> {
  return new Promise((resolvePromise) => {
    const timeOut = hasGnuTime() ? join(mkdtempSync(join(tmpdir(), 'ydv-time-')), 'time.txt') : null;
    const [c, a]: [string, string[]] = timeOut ? [GNU_TIME, ['-v', '-o', timeOut, cmd, ...args]] : [cmd, args];
    const log = logFile ? createWriteStream(logFile) : null;
    let tail = '';
    const keep = (d: Buffer) => {
      log?.write(d);
      tail = (tail + d).slice(-6000);
    };
    const started = performance.now();
    const child = spawn(c, a, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sample = () => (peak = Math.max(peak, child.pid ? treeRss(child.pid) : 0));
    const timer = setInterval(sample, 100);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      log?.end();
      let maxRss: number | null = null;
      if (timeOut) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeOut, 'utf8'));
        if (m) maxRss = Number(m[1]) * 1024;
        rmSync(dirname(timeOut), { recursive: true, force: true });
      }
      resolvePromise({ code: code ?? 1, ms, treeRss: peak, maxRss, tail });
    });
  });
}

/** Total bytes and file count under `dir`. */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, f));
    if (st.isFile()) (bytes += st.size), files++;
  }
  return { bytes, files };
}

export const countHtml = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

const gz = (buf: Buffer) => gzipSync(buf, { level: 6 }).length;

/** A URL path in `html` to a file in dist (site-relative paths only). */
function local(distDir: string, pagePath: string, href: string): string | null {
  if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return null;
  const url = new URL(href, `http://x${pagePath}`);
  return join(distDir, decodeURIComponent(url.pathname));
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);

/**
 * What one page costs a reader: its HTML, every stylesheet it links, every
 * script it loads or inlines (JSON data blocks are not scripts), raw and gzip.
 */
type Part = { raw: number; gzip: number; files: string[] };
export interface PageWeight {
  path: string;
  html: { raw: number; gzip: number };
  css: Part;
  js: Part;
}

export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const file = join(distDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const result: PageWeight = { path: pagePath, html: { raw: html.length, gzip: gz(html) }, css: { raw: 0, gzip: 0, files: [] }, js: { raw: 0, gzip: 0, files: [] } };
  for (const tag of text.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    const kind = rel.includes('stylesheet') ? 'css' : rel.includes('modulepreload') ? 'js' : null;
    const path = kind && local(distDir, pagePath, href);
    if (!path || !existsSync(path)) continue;
    const buf = readFileSync(path);
    result[kind].raw += buf.length;
    result[kind].gzip += gz(buf);
    result[kind].files.push(href);
  }
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attr(tag, 'src');
    const buf = src ? (() => { const p = local(distDir, pagePath, src); return p && existsSync(p) ? readFileSync(p) : Buffer.alloc(0); })() : Buffer.from(m[2] ?? '');
    if (!buf.length) continue;
    result.js.raw += buf.length;
    result.js.gzip += gz(buf);
    result.js.files.push(src ?? '(inline)');
  }
  for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) result.css.files.push(`(inline, ${Buffer.byteLength(m[1])} B in the HTML)`);
  return result;
}

