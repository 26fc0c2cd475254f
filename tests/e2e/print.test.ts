/**
 * Printed briefs (issue 11): a recommendation page and a theme page print on
 * A4 in Chromium without navigation, with the evidence addresses written out
 * and a QR code to the online page, on a sensible number of pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticServer } from '../support/server';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

const visible = (selector: string) =>
  page.evaluate((sel) => [...document.querySelectorAll(sel)].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }), selector);

describe('printed recommendation brief', () => {
  it.each(['en', 'fr', 'es'])('%s: no navigation, evidence URLs and QR code, 1–4 A4 pages', async (locale) => {
    await page.goto(`${server.url}/${locale}/recommendations/interpreters-in-health-care/`);
    await page.emulateMedia({ media: 'print' });
    expect(await visible('header.site-header')).toBe(false);
    expect(await visible('nav')).toBe(false);
    expect(await visible('.site-footer')).toBe(false);
    expect(await visible('.share-links')).toBe(false);
    // Evidence addresses are written out, in the curators' order.
    const urls = await page.locator('.evidence-urls li').allInnerTexts();
    expect(urls.map((u) => new URL(u.slice(u.indexOf('http'))).pathname)).toEqual([`/${locale}/videos/peru-clinic-interpreters/`, `/${locale}/stories/salvador-montreal-sante/`, `/${locale}/stories/georgia-mental-health-es/`]);
    // Official documents are written out too.
    expect(await page.locator('.timeline').innerText()).toContain('https://example.org/montreal/health-board/2026-11-05-minutes.pdf');
    // The QR code is an SVG drawn at build, about 3 cm wide.
    const qr = await page.locator('.print-source svg').boundingBox();
    expect(qr?.width).toBeGreaterThanOrEqual(100);
    expect(await page.locator('.print-source').innerText()).toContain(`/${locale}/recommendations/interpreters-in-health-care/`);
    await page.emulateMedia({ media: 'screen' });

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const n = pdfPages(pdf);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(4);
  }, 60_000);

  it('a theme page prints as a brief too, with its recommendations and no navigation', async () => {
    await page.goto(`${server.url}/en/themes/climate/`);
    await page.emulateMedia({ media: 'print' });
    expect(await visible('nav')).toBe(false);
    expect(await page.locator('#theme-recs').isVisible()).toBe(true);
    expect(await page.locator('.print-source svg').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const n = pdfPages(await page.pdf({ format: 'A4' }));
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(8);
  }, 60_000);

  it('a paginated listing prints without its page links (they mean nothing on paper)', async () => {
    await page.goto(`${server.url}/en/stories/`);
    expect(await visible('nav.pagination')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const onPaper = await visible('nav.pagination');
    await page.emulateMedia({ media: 'screen' });
    expect(onPaper).toBe(false);
  }, 60_000);

  it('the QR code and print-only parts stay out of the screen version', async () => {
    await page.goto(`${server.url}/en/recommendations/interpreters-in-health-care/`);
    expect(await visible('.print-source')).toBe(false);
    expect(await visible('.evidence-urls')).toBe(false);
    expect(await visible('header.site-header')).toBe(true);
  }, 60_000);
});
