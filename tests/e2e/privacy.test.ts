/**
 * No page contacts another site before the reader acts. Every page template
 * is opened in Chromium; any request to another origin is recorded (and
 * aborted: the test machine is offline anyway). Only pressing play on an
 * external video may reach out, and only to its privacy-enhanced player.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticServer } from '../support/server';
import { templates, videoTemplates, type Template } from '../support/templates';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
/** Requests to other origins, by page. */
const foreign: string[] = [];
let currentPage = '';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.url) return route.continue();
    foreign.push(`${currentPage}: ${route.request().resourceType()} ${url}`);
    return route.abort('blockedbyclient');
  });
  // Count what the Content-Security-Policy had to block: on our own pages that is a bug, not a defence.
  await context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`), true);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a page as a reader would: load, then scroll to the end so lazy content loads. */
async function visit(t: Template): Promise<Page> {
  currentPage = t.name;
  const page = await context.newPage();
  await page.goto(server.url + t.path, { waitUntil: 'load' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  return page;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('before a reader acts', () => {
  const pages = [...templates('en'), ...videoTemplates()];

  it.each(pages)('$name ($path) requests nothing from another origin', async (t) => {
    const before = foreign.length;
    const page = await visit(t);
    expect(foreign.slice(before)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('nothing stored any cookie or local data', async () => {
    expect(await context.cookies()).toEqual([]);
    const page = await visit(templates('en')[0]!);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    await page.close();
  });
});

describe('after a reader acts', () => {
  it('searching fetches the index from this site only', async () => {
    const search = templates('en').find((t) => t.name === 'search')!;
    const before = foreign.length;
    const page = await visit({ ...search, path: search.path.replace(/\?.*$/, '') });
    const box = page.getByRole('searchbox').last();
    await box.fill('health');
    await box.press('Enter');
    await page.locator('main a[href*="/stories/"], main a[href*="/videos/"]').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(server.requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(foreign.slice(before)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['youtube', 'https://www.youtube-nocookie.com/embed/'],
    ['vimeo', 'https://player.vimeo.com/video/'],
  ])('pressing play on a %s video loads only its privacy-enhanced player', async (provider, prefix) => {
    const t = videoTemplates().find((v) => v.provider === provider)!;
    const before = foreign.length;
    const page = await visit(t);
    expect(foreign.slice(before), 'before play').toEqual([]);
    const play = page.getByRole('button', { name: /play|lire|reproducir/i }).first();
    await play.press('Enter');
    await page.locator(`iframe[src^="${prefix}"]`).waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(500);
    const after = foreign.slice(before);
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) expect(r, 'only the player, in a frame').toMatch(new RegExp(`: document ${prefix.replace(/[./]/g, '\\$&')}`));
    // The frame is the one source the CSP allows: loading it needs no exception.
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
