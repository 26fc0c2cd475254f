/**
 * Search under `astro dev` (npm start): the dev server indexes the pages it
 * renders itself, so search returns current content, drafts excluded.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../support/build';
import { launchBrowser } from '../support/browser';
import { UNPUBLISHED } from '../support/dist';
import { parseState, serializeState } from '../../src/search/state';

let dev: ChildProcess;
let origin: string;
let browser: Browser;
let log = '';

const withoutVitest = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // Run as `npm start` does: without Vitest's variables (with VITEST set, astro dev answers 404).
    env: { ...withoutVitest(), NODE_ENV: 'development', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  dev.stdout!.on('data', (d) => (log += d));
  dev.stderr!.on('data', (d) => (log += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    // Astro allows one dev server per project: stop any other `npm start` before running this test.
    if (dev.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${log}`);
    try {
      if ((await fetch(`${origin}/en/`, { signal: AbortSignal.timeout(15_000) })).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  // The dev server was started in its own process group: stop it and its children.
  if (dev?.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
});

describe('search under astro dev', () => {
  test('finds current content and nothing unpublished', async () => {
    const page = await browser.newPage();
    const waitDone = (query: string) =>
      page.waitForSelector(`.search-results[data-done="${serializeState(parseState(query))}"]`, { timeout: 90_000 });
    await page.goto(`${origin}/es/search/?q=salud+mental`);
    await waitDone('?q=salud+mental');
    const urls = await page.$$eval('.search-result h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.slice(0, 3), urls.join('\n')).toContain('/es/stories/georgia-mental-health-es/');
    expect(log).toMatch(/search index: \d+ pages/);

    for (const word of UNPUBLISHED.words) {
      await page.fill('#search-q', word);
      await page.press('#search-q', 'Enter');
      await waitDone(`?q=${word}`);
      expect(await page.isVisible('.search-empty'), word).toBe(true);
    }
    await page.close();
  }, 180_000);
});
