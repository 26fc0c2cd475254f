/**
 * WCAG 2.2 AA in Chromium: axe on every page template in each interface
 * language, in light and dark colour schemes; a keyboard-only journey with a
 * visible focus indicator at every step; reduced motion; reflow at 320 CSS
 * pixels and text at 200%.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist, type StaticServer } from '../support/server';
import { SEARCH_WORD, templates, videoTemplates, type Template } from '../support/templates';
import { LOCALES } from '../../src/i18n';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: StaticServer;
const contexts: Record<'light' | 'dark', BrowserContext> = {} as never;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  contexts.light = await browser.newContext({ colorScheme: 'light' });
  contexts.dark = await browser.newContext({ colorScheme: 'dark' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Only colours change between schemes: the dark run checks the colour rules, the light run everything. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Violations, one line each with the first few offending elements. */
async function axe(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (scheme === 'light' ? builder.withTags(WCAG) : builder.withRules(COLOUR_RULES)).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}

/** One tab per colour scheme, reused from page to page. */
const tabs: Partial<Record<'light' | 'dark', Page>> = {};

async function open(scheme: 'light' | 'dark', t: Template): Promise<Page> {
  const page = (tabs[scheme] ??= await contexts[scheme].newPage());
  await page.goto(server.url + t.path, { waitUntil: 'load' });
  // The search page renders its results after loading the index.
  if (t.name === 'search') await page.locator('main a[href*="/stories/"], main a[href*="/videos/"]').first().waitFor({ timeout: 15_000 });
  return page;
}

const pages = [...LOCALES.flatMap((l) => templates(l).map((t) => ({ ...t, locale: l }))), ...videoTemplates().map((t) => ({ ...t, locale: 'entry' }))];

describe('axe: no WCAG 2.2 AA violations', () => {
  it.each(pages)('$locale $name ($path), light and dark', async (t) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(scheme, t);
      expect(await axe(page, scheme), `${scheme} scheme`).toEqual([]);
    }
  });
});

/** Whether the focused element shows a focus indicator (outline or box-shadow). */
const focusShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { shown: false, what: 'nothing focused' };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none';
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 30)}"`;
    return { shown: outline || shadow, what };
  });

/** Presses Tab until `match` holds for the focused element, checking the focus indicator at each stop. */
async function tabTo(page: Page, match: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await focusShown(page);
    expect(focus.shown, `no visible focus on ${focus.what}`).toBe(true);
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, match)) return;
  }
  throw new Error(`Tab never reached ${match} on ${page.url()}`);
}

describe('keyboard only', () => {
  it('home → search → a story → share, with a visible focus indicator at every step', async () => {
    const page = await contexts.light.newPage();
    await page.goto(`${server.url}/en/`);
    // The first stop is the skip link, visible when focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await tabTo(page, 'header input[type="search"]');
    await page.keyboard.type(SEARCH_WORD.en);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=/);
    await page.locator('.search-result a[href*="/stories/"]').first().waitFor({ timeout: 15_000 });
    await tabTo(page, '.search-result a[href*="/stories/"]', 150);
    await Promise.all([page.waitForURL(/\/stories\/[^/]+\/$/), page.keyboard.press('Enter')]);
    await tabTo(page, 'header a[href="/en/share/"], header a[href$="/share/"]');
    await Promise.all([page.waitForURL(/\/share\/$/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toMatch(/^\/(en|fr|es)\/share\/$/);
    await page.close();
  });

  it('journeys map: every country link is reached by Tab, named, with a visible focus indicator, and opens its page', async () => {
    const page = await contexts.light.newPage();
    await page.goto(`${server.url}/en/journeys/`);
    const links = await page.locator('svg.links a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
    expect(links.length).toBeGreaterThan(0);
    for (const [href, label] of links) {
      expect(label, href!).toMatch(/\S/);
      await tabTo(page, `svg.links a[href="${href}"]`);
    }
    await page.keyboard.press('Shift+Tab');
    await Promise.all([page.waitForURL(/\/en\/countries\/[a-z]{2}\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('reduced motion', () => {
  it('turns off animations, transitions and smooth scrolling', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const t of [...templates('en').filter((x) => ['home', 'story', 'search', 'campaign', 'journeys', 'numbers'].includes(x.name)), ...videoTemplates()]) {
      await page.goto(server.url + t.path);
      const moving = await page.evaluate(() => {
        const seconds = (v: string) => Math.max(...v.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
        const out: string[] = [];
        for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo);
            if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) out.push(`${el.tagName}${pseudo ?? ''} animation ${s.animationName}`);
            if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01) out.push(`${el.tagName}${pseudo ?? ''} transition ${s.transitionProperty}`);
          }
        }
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('smooth scrolling');
        return out;
      });
      expect(moving, t.path).toEqual([]);
    }
    await context.close();
  });
});

describe('reflow and text size', () => {
  /** Horizontal overflow of the page, and header controls that overlap each other. */
  const layoutProblems = (page: Page) =>
    page.evaluate(() => {
      const out: string[] = [];
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      if (overflow > 1) out.push(`scrolls sideways by ${overflow}px`);
      const visible = [...document.querySelectorAll<HTMLElement>('header a, header input, header button, header select, header label')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden';
      });
      for (let i = 0; i < visible.length; i++)
        for (let j = i + 1; j < visible.length; j++) {
          const [a, b] = [visible[i]!, visible[j]!];
          if (a.contains(b) || b.contains(a)) continue;
          const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
          const overlap = Math.min(r.right, s.right) - Math.max(r.left, s.left) > 1 && Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 1;
          if (overlap) out.push(`header: "${a.textContent?.trim().slice(0, 20) || a.tagName}" overlaps "${b.textContent?.trim().slice(0, 20) || b.tagName}"`);
        }
      return out;
    });

  it('needs no horizontal scrolling at 320 CSS pixels, and the header does not overlap', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const t of [...templates('en'), ...templates('fr').slice(0, 3), ...videoTemplates()]) {
      await page.goto(server.url + t.path);
      for (const p of await layoutProblems(page)) problems.push(`${t.path}: ${p}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps working with text at 200%', async () => {
    // bypassCSP: the test's own zoom style is not one of the page's hashed styles.
    const context = await browser.newContext({ viewport: { width: 640, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const t of [...templates('es'), ...videoTemplates()]) {
      await page.goto(server.url + t.path);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      for (const p of await layoutProblems(page)) problems.push(`${t.path}: ${p}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
