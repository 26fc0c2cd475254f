/**
 * The reader on a phone (390×844, touch), in each interface language: the
 * story starts on the first screen, a content warning comes before any
 * image, the folded menu opens without JavaScript, and a French reader who
 * opens a story in another language stays in French, switcher included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticServer } from '../support/server';
import { entryUrl, frontmatter, partition } from '../support/entries';
import { DICTIONARIES, LOCALES } from '../../src/i18n';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let browser: Browser;
let server: StaticServer;
let phone: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  phone = await browser.newContext(PHONE);
  noJs = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stories = partition('stories').pub.map((id) => ({ id, d: frontmatter('stories', id) }));
const withWarningAndCover = stories.filter((s) => s.d.contentWarning && s.d.cover);
const withCover = stories.filter((s) => s.d.cover && !s.d.contentWarning);

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const res = await page.goto(`${server.url}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

/** Top of the first paragraph of the story's text, and the viewport height. */
const firstParagraph = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('.prose p')!;
    return { top: p.getBoundingClientRect().top, height: innerHeight, text: p.textContent!.trim().slice(0, 40) };
  });

describe('a story on a phone', () => {
  it('has sample stories with a cover, and one with a content warning and a cover', () => {
    expect(withCover.length).toBeGreaterThan(0);
    expect(withWarningAndCover.length).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    it(`${locale}: the first paragraph starts on the first screen, under a compact header`, async () => {
      for (const s of [withCover[0]!, withWarningAndCover[0]!]) {
        const page = await open(phone, entryUrl('stories', s.id, locale));
        const header = await page.locator('header.site-header').boundingBox();
        expect(header!.height, `${s.id}: header height`).toBeLessThanOrEqual(80);
        const p = await firstParagraph(page);
        // The first line of text must be readable without scrolling, not just its top edge.
        expect(p.top + 24, `${s.id} (${locale}): first paragraph "${p.text}" starts at ${Math.round(p.top)} px`).toBeLessThanOrEqual(p.height);
        await page.close();
      }
    });
  }

  it('shows the content warning before the cover image', async () => {
    for (const s of withWarningAndCover) {
      const page = await open(phone, entryUrl('stories', s.id));
      const order = await page.evaluate(() => {
        const warning = document.querySelector('main .warning')!;
        const images = [...document.querySelectorAll('main article img')];
        return {
          images: images.length,
          warningFirst: images.every((img) => warning.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_FOLLOWING),
          warningTop: warning.getBoundingClientRect().top,
          imageTop: Math.min(...images.map((i) => i.getBoundingClientRect().top)),
        };
      });
      expect(order.images, s.id).toBeGreaterThan(0);
      expect(order.warningFirst, `${s.id}: warning precedes every image in the document`).toBeTruthy();
      expect(order.warningTop, `${s.id}: warning is above the image on screen`).toBeLessThan(order.imageTop);
      await page.close();
    }
  });

  it('folds the navigation into a menu that opens by touch without JavaScript', async () => {
    const page = await open(noJs, '/fr/');
    const stories = page.locator('header details.menu a[href="/fr/stories/"]');
    expect(await stories.isVisible()).toBe(false);
    const summary = page.locator('header details.menu summary');
    expect(await summary.textContent()).toContain(DICTIONARIES.fr['nav.menu']);
    const box = (await summary.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await summary.tap();
    expect(await stories.isVisible()).toBe(true);
    await Promise.all([page.waitForURL(/\/fr\/stories\/$/), stories.tap()]);
    await page.close();
  });
});

describe('a French reader', () => {
  it('opens a story written in another language and stays in French, switcher included', async () => {
    const page = await open(phone, '/fr/stories/');
    // A story whose home interface is not French, listed on the French listing.
    const listed = await page.$$eval('main a[href^="/fr/stories/"]', (as) => as.map((a) => a.getAttribute('href')));
    const foreign = stories.find((s) => listed.includes(`/fr/stories/${s.id}/`) && entryUrl('stories', s.id) !== entryUrl('stories', s.id, 'fr'))!;
    expect(foreign).toBeTruthy();
    const link = page.locator(`main a[href="/fr/stories/${foreign.id}/"]`).first();
    await Promise.all([page.waitForURL(new RegExp(`/fr/stories/${foreign.id}/$`)), link.tap()]);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('.prose', 'lang')).toBe(String(foreign.d.language));
    expect(await page.textContent('header summary')).toContain(DICTIONARIES.fr['nav.menu']);
    // The switcher (in the menu) leads to the same story in Spanish.
    await page.locator('header details.menu summary').tap();
    const es = page.locator('header details.menu a[hreflang="es"]');
    expect(await es.getAttribute('href')).toBe(`/es/stories/${foreign.id}/`);
    await Promise.all([page.waitForURL(new RegExp(`/es/stories/${foreign.id}/$`)), es.tap()]);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.textContent('h1')).toBe(foreign.d.title);
    await page.close();
  });
});
