/**
 * Search in Chromium against the built site: every language from every
 * search page, accents optional, Georgian script, two facets narrowing,
 * URL state across reload and Back, the empty state, unpublished words, and
 * no CSP violation or script error along the way.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticServer } from '../support/server';
import { listingPages, UNPUBLISHED } from '../support/dist';
import { frontmatter } from '../support/entries';
import { parseState, serializeState } from '../../src/search/state';
import { en } from '../../src/i18n/ui/en';
import { THEME_IDS } from '../../src/model/taxonomy';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Console errors and uncaught exceptions from every page of this file. */
const problems: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext();
  context.on('page', (page) => {
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Wait until the island has finished the search for `query` (a URL query string such as ?q=x). */
async function settled(page: Page, query: string) {
  const expected = serializeState(parseState(query));
  await page.waitForSelector(`.search-results[data-done="${expected.replace(/"/g, '\\"')}"]`, { timeout: 20_000 });
}

async function open(path: string) {
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.waitForSelector('.search-app[data-ready]');
  await settled(page, new URL(path, server.url).search);
  return page;
}

/** Type a query into the search box and submit it with Enter, as a reader would. */
async function search(page: Page, q: string) {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await settled(page, serializeState({ ...parseState(new URL(page.url()).search), q }));
}

const resultUrls = (page: Page) => page.$$eval('.search-result h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const status = (page: Page) => page.textContent('[role=status]');

describe('search in the browser', () => {
  test('loads no search code until the reader comes to the search box, then finds an English story', async () => {
    const page = await open('/en/search/');
    expect(server.requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    // Tapping the box starts fetching Pagefind, so Enter has little left to wait for.
    await page.focus('#search-q');
    await expect.poll(() => server.requests.includes('/pagefind/pagefind.js')).toBe(true);
    const story = frontmatter('stories', 'fiji-reef-memory');
    await search(page, 'reef grandfather');
    expect(server.requests).toContain('/pagefind/pagefind.js');
    const urls = await resultUrls(page);
    expect(urls[0]).toBe('/en/stories/fiji-reef-memory/');
    await expect(page.textContent('.search-result h3')).resolves.toBe(story.title);
    // The thumbnail is the optimised WebP, never the original upload.
    expect(await page.getAttribute('.search-result img', 'src')).toMatch(/^\/_astro\/.+\.webp$/);
    // The count is in a polite live region.
    expect(await page.getAttribute('[role=status]', 'aria-live')).toBe('polite');
    expect(await status(page)).toMatch(/^\d+ results? for “reef grandfather”$/);
    await page.close();
  });

  test('the header search box leads to results', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/fr/`);
    await page.fill('#site-search', 'santé');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/fr\/search\/\?q=/);
    await settled(page, '?q=santé');
    // Results lead to the French version of each entry: the reader stays in French.
    expect(await resultUrls(page)).toContain('/fr/stories/salvador-montreal-sante/');
    expect((await resultUrls(page)).every((u) => u.startsWith('/fr/'))).toBe(true);
    await page.close();
  });

  test('a Spanish reader finds the Georgian student’s story through its Spanish translation', async () => {
    const page = await open('/es/search/?q=salud+mental');
    const urls = await resultUrls(page);
    // Among the first results (the recommendation it informed, which says "salud mental" too, may rank above it).
    const at = urls.indexOf('/es/stories/georgia-mental-health-es/');
    expect(at, urls.join('\n')).toBeGreaterThanOrEqual(0);
    expect(at, urls.join('\n')).toBeLessThan(3);
    const result = page.locator('.search-result').nth(at);
    expect(await result.locator('h3').getAttribute('lang')).toBe('es');
    expect(await status(page)).toMatch(/resultados? para «salud mental»$/);
    // The interface is Spanish, result facts included.
    expect(await result.locator('.search-facts').textContent()).toContain('Georgia');
    await page.close();
  });

  test('a French page searches every language, and accents are optional', async () => {
    const page = await open('/fr/search/');
    await search(page, 'sante');
    const unaccented = await resultUrls(page);
    expect(unaccented).toContain('/fr/stories/salvador-montreal-sante/');
    expect(await page.$$eval('.search-result mark', (ms) => ms.map((m) => m.textContent!.toLowerCase()))).toContain('santé');
    await search(page, 'santé');
    expect((await resultUrls(page)).sort()).toEqual([...unaccented].sort());

    await search(page, 'migracion');
    const marks = await page.$$eval('.search-result mark', (ms) => ms.map((m) => m.textContent!.toLowerCase().replace(/[.,;:!?]$/, '')));
    expect(marks).toContain('migración');
    // Spanish pages, found from a French page.
    expect(await page.$$eval('.search-result h3', (hs) => hs.map((h) => h.getAttribute('lang')))).toContain('es');
    await page.close();
  });

  test('Georgian script is searchable', async () => {
    const page = await open('/en/search/');
    await search(page, 'ფსიქიკური');
    expect(await resultUrls(page)).toContain('/en/stories/georgia-mental-health/');
    expect(await page.$$eval('.search-result h3', (hs) => hs.map((h) => h.getAttribute('lang')))).toContain('ka');
    await page.close();
  });

  test('two clicks narrow to climate stories from Fiji, and the URL keeps the state across reload and Back', async () => {
    const page = await open('/en/search/');
    await page.getByRole('checkbox', { name: /^Climate \d+$/ }).check();
    await settled(page, '?theme=climate');
    const climate = await resultUrls(page);
    const fijiCount = Number(await page.textContent('label:has(input[name=country][value=FJ]) .search-count'));
    await page.getByRole('checkbox', { name: /^Fiji \d+$/ }).check();
    await settled(page, '?theme=climate&country=FJ');
    expect(new URL(page.url()).search).toBe('?theme=climate&country=FJ');
    const both = await resultUrls(page);
    expect(both.length).toBe(fijiCount);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(climate.length);
    // The static theme and country pages list exactly the same entries, over all their pages (rel="next").
    const links = async (path: string) => {
      const pages = await listingPages(path, async (p) => (await fetch(server.url + p)).text());
      return new Set(pages.flatMap((main) => [...main.matchAll(/href="(\/en\/(?:stories|videos|audio)\/(?!page\/)[^/"]+\/)"/g)].map((m) => m[1]!)));
    };
    const [themePage, countryPage] = await Promise.all([links('/en/themes/climate/'), links('/en/countries/fj/')]);
    expect([...both].sort()).toEqual([...themePage].filter((u) => countryPage.has(u)).sort());
    for (const facts of await page.$$eval('.search-result .search-facts', (ps) => ps.map((p) => p.textContent))) expect(facts).toContain('Fiji');

    await page.reload();
    await settled(page, '?theme=climate&country=FJ');
    expect(await resultUrls(page)).toEqual(both);
    expect(await page.isChecked('input[name=country][value=FJ]')).toBe(true);

    await page.goBack();
    await settled(page, '?theme=climate');
    expect(await page.isChecked('input[name=country][value=FJ]')).toBe(false);
    expect(await page.isChecked('input[name=theme][value=climate]')).toBe(true);
    expect(await resultUrls(page)).toEqual(climate);
    await page.close();
  });

  test('facets work from the keyboard', async () => {
    const page = await open('/en/search/?q=climate');
    await page.focus('input[name=format][value=story]');
    await page.keyboard.press('Space');
    await settled(page, '?q=climate&format=story');
    expect(await page.$$eval('.search-result .search-facts', (ps) => ps.every((p) => p.textContent!.startsWith('Story')))).toBe(true);
    await page.close();
  });

  test('“Show more” adds results and moves focus to the first new one', async () => {
    const page = await open('/en/search/?format=story');
    expect(await page.locator('.search-result').count()).toBe(10);
    const total = Number((await status(page))!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    await page.getByRole('button', { name: en['search.more'] }).press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    expect(await page.locator('.search-result').count()).toBe(Math.min(20, total));
    const focused = await page.evaluate(() => document.activeElement?.closest('.search-result'));
    expect(focused).not.toBeNull();
    expect(await page.evaluate(() => [...document.querySelectorAll('.search-result')].indexOf(document.activeElement!.closest('.search-result')!))).toBe(10);
    await page.close();
  });

  test('no results shows the three themes and a spelling hint', async () => {
    const page = await open('/en/search/?q=xqzvbnwlkj');
    expect(await status(page)).toBe('0 results for “xqzvbnwlkj”');
    const empty = page.locator('.search-empty');
    await expect(empty.textContent()).resolves.toContain(en['search.empty.spelling']);
    const hrefs = await empty.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(THEME_IDS.map((id) => `/en/themes/${id}/`));
    await page.close();
  });

  test('words found only in unpublished entries find nothing', async () => {
    const page = await open('/en/search/');
    for (const word of UNPUBLISHED.words) {
      await search(page, word);
      expect(await resultUrls(page)).toEqual([]);
      expect(await page.isVisible('.search-empty')).toBe(true);
    }
    await page.close();
  });

  test('a filter that arrives in the URL shows as an active filter, on a phone too, and can be removed', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await phone.newPage();
      await page.goto(`${server.url}/fr/search/?theme=climate&country=FJ`);
      await page.waitForSelector('.search-app[data-ready]');
      await settled(page, '?theme=climate&country=FJ');
      // The filters panel is folded on phones: the active filters are shown above the results anyway.
      const chips = page.locator('.search-active button');
      expect(await chips.count()).toBe(2);
      for (let i = 0; i < 2; i++) expect(await chips.nth(i).isVisible()).toBe(true);
      const texts = (await chips.allTextContents()).join(' | ');
      expect(texts).toContain('Climat');
      expect(texts).toContain('Fidji');
      expect(await page.textContent('.search-active')).toContain('Filtres actifs');
      await chips.filter({ hasText: 'Fidji' }).tap();
      await settled(page, '?theme=climate');
      expect(await chips.count()).toBe(1);
      expect(new URL(page.url()).search).toBe('?theme=climate');
    } finally {
      await phone.close();
    }
  });

  test('a result without a cover has no empty picture frame', async () => {
    // Campaigns and some stories have no cover in the index; their results take the full width.
    const page = await open('/en/search/?q=heat');
    const results = page.locator('.search-result');
    expect(await results.count()).toBeGreaterThan(0);
    const withoutImage = page.locator('.search-result:not(:has(img))');
    expect(await withoutImage.count()).toBeGreaterThan(0);
    expect(await page.locator('.search-noimg').count()).toBe(0);
    for (const r of await withoutImage.all()) {
      // The text starts at the left edge of the card: nothing is reserved for a missing picture.
      const [card, text] = await Promise.all([r.boundingBox(), r.locator('h3').boundingBox()]);
      expect(text!.x - card!.x).toBeLessThan(24);
    }
    await page.close();
  });

  test('without JavaScript, the page says first what still works', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(`${server.url}/fr/search/?q=climat`);
      const notice = page.locator('main noscript + *, main .notice').first();
      expect(await notice.isVisible()).toBe(true);
      // Right under the heading, before the search form of the island.
      const order = await page.evaluate(() => {
        const n = document.querySelector('main .notice')!;
        const form = document.querySelector('main form[role=search]')!;
        return { noticeFirst: !!(n.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING), top: n.getBoundingClientRect().top };
      });
      expect(order.noticeFirst).toBe(true);
      expect(order.top).toBeLessThan(400);
      const links = await page.$$eval('main .notice a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['/fr/themes/', '/fr/countries/', '/fr/stories/']));
    } finally {
      await noJs.close();
    }
  });

  test('no CSP violation or script error on any page visited', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/es/search/`);
    expect(await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    await page.close();
    expect(problems).toEqual([]);
  });
});
