/**
 * Lighthouse on a built site with its default mobile settings (Moto G-class
 * screen, simulated slow 4G and 4x CPU slowdown). The site is served from a
 * separate process so Lighthouse's own work cannot delay responses.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../lib/chromium.ts';
import type { LighthousePage } from './report.ts';

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function startServer(distDir: string): Promise<{ url: string; close: () => void }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [SERVE, distDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (d) => resolvePromise({ url: String(d).trim(), close: () => child.kill() }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
}

/** What an audit points at: unmet checklist items, element snippets, URLs. */
// Lighthouse's result JSON, loosely: only the fields read here.
type Json = any;

function evidence(details: Json): string[] {
  const out: string[] = [];
  for (const it of Array.isArray(details?.items) ? details.items : []) {
    if (it?.type === 'checklist') for (const c of Object.values<Json>(it.items ?? {})) c.value === false && out.push(`not met: ${c.label}`);
    else if (it?.type === 'node') out.push(it.snippet);
    else if (typeof (it?.node?.snippet ?? it?.url ?? it?.source?.url) === 'string') out.push(it.node?.snippet ?? it.url ?? it.source.url);
  }
  return out.filter(Boolean);
}

/** Audits of a category that did not pass, with what Lighthouse says about them. */
function failures(lhr: Json, category: string) {
  const out: { id: string; score: number; title: string; displayValue: string; items: string[] }[] = [];
  for (const ref of lhr.categories[category].auditRefs) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 1) continue;
    if (['manual', 'notApplicable', 'informative'].includes(a.scoreDisplayMode)) continue;
    if (category === 'performance' && ref.group === 'metrics') continue; // reported as metrics
    const items = evidence(a.details).slice(0, 3);
    out.push({ id: a.id, score: a.score, title: a.title, displayValue: a.displayValue ?? '', items });
  }
  return out;
}

/** pages: [{ name, path }]. Returns one result per page (or { error }). */
export async function runLighthouse(distDir: string, pages: { name: string; path: string }[], log: (...a: unknown[]) => void = console.log) {
  const server = await startServer(distDir);
  const results: LighthousePage[] = [];
  try {
    for (const p of pages) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
      try {
        const url = server.url + p.path;
        log(`  lighthouse ${p.name}: ${url}`);
        const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
        const lhr: Json = run.lhr;
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
        const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? '']));
        const failed = Object.fromEntries(CATEGORIES.map((c) => [c, failures(lhr, c)]));
        results.push({ ...p, url, scores, metrics, failed, warnings: lhr.runWarnings ?? [], runtimeError: lhr.runtimeError?.message });
      } catch (err) {
        results.push({ ...p, error: err instanceof Error ? err.message : String(err) } as LighthousePage);
      } finally {
        await chrome.kill();
      }
    }
  } finally {
    server.close();
  }
  return results;
}
