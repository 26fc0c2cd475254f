/**
 * The contributor's path on a phone, as a 16-year-old meets it: Chromium at
 * 390×844 with touch, in French and in Spanish, from the site's share button
 * to the thank-you, against the real Decap and decap-server (git mode).
 * Every control is tapped only after checking it is inside the viewport and
 * not covered (elementFromPoint at its centre); every message met is checked
 * to be in the contributor's language.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import decapEn from 'decap-cms-locales/dist/esm/en/index.js';
import decapFr from 'decap-cms-locales/dist/esm/fr/index.js';
import decapEs from 'decap-cms-locales/dist/esm/es/index.js';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { DIST } from '../support/build';
import { startCmsBench, type CmsBench } from '../support/cms';
import { CMS_LABELS } from '../../cms/labels';

const PHONE = { width: 390, height: 844 };

let bench: CmsBench;
let browser: Browser;

beforeAll(async () => {
  [bench, browser] = await Promise.all([startCmsBench(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await bench?.stop();
});

/** Every English sentence of Decap's UI with three words or more (its toasts, validation and buttons). */
const decapEnglish: string[] = (() => {
  const out: string[] = [];
  const walk = (o: unknown) => {
    if (typeof o === 'string') {
      const plain = o.replace(/%\{\w+\}/g, '').trim();
      if (plain.split(/\s+/).length >= 3) out.push(plain);
    } else if (o && typeof o === 'object') Object.values(o).forEach(walk);
  };
  walk(decapEn);
  return out;
})();
/** English words that have no business in a French or Spanish message. */
const ENGLISH_WORDS = /\b(oops|the|please|required|optional|failed|field|entry|saved|changes|your|you|this|is|and|tick)\b/i;

function expectInLanguage(text: string, where: string) {
  expect(text.trim(), `${where}: empty message`).not.toBe('');
  expect(text, `${where}: "Error:" prefix`).not.toMatch(/\bError\s*:/);
  expect(text, `${where}: English word in "${text}"`).not.toMatch(ENGLISH_WORDS);
  for (const en of decapEnglish) expect(text.includes(en), `${where}: Decap's English "${en}" in "${text}"`).toBe(false);
}

/** Fails unless the control is inside the viewport and is what a finger at its centre would touch. */
async function reachable(page: Page, target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, `${what}: not rendered`).not.toBeNull();
  const { x, y, width, height } = box!;
  const vp = page.viewportSize()!;
  expect(x >= 0 && y >= 0 && x + width <= vp.width + 0.5 && y + height <= vp.height + 0.5, `${what}: outside the ${vp.width}×${vp.height} viewport at ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`).toBe(true);
  const hit = await target.evaluate((el, [cx, cy]) => {
    const top = document.elementFromPoint(cx!, cy!);
    if (!top) return 'nothing';
    // The control itself, a part of it, or its label (a switch's label toggles it).
    const ok = el === top || el.contains(top) || top.contains(el) || (el.id !== '' && top.closest(`label[for="${el.id}"]`) !== null);
    return ok ? 'ok' : `${top.tagName.toLowerCase()}.${[...top.classList].join('.')} "${(top.textContent ?? '').slice(0, 40)}"`;
  }, [x + width / 2, y + height / 2]);
  expect(hit, `${what}: covered by ${hit}`).toBe('ok');
}

async function tap(page: Page, target: Locator, what: string) {
  await reachable(page, target, what);
  await target.tap();
}

async function type(page: Page, target: Locator, what: string, text: string) {
  await tap(page, target, what);
  await page.keyboard.type(text);
}

/** react-select on a phone: tap the field, type, tap the option. */
async function pick(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await tap(page, input, label);
  await input.fill(text);
  await tap(page, page.getByRole('option', { name: text, exact: true }).first(), `${label}: ${text}`);
}

const branches = () => bench.git('branch', '--format=%(refname:short)').split('\n').filter((b) => b.startsWith('cms/'));
const settled = () => bench.git('rev-parse', '--abbrev-ref', 'HEAD').trim() === 'main';

async function until<T>(what: string, check: () => T | undefined | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Visible text of Decap's toasts, its field errors and ours. */
const messages = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.Toastify__toast, [class*="-ControlErrorsList"] li, .ydv-field-problem, #ydv-problems, #ydv-thanks')]
      .filter((e) => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => e.innerText.trim())
      .filter(Boolean),
  );

const CASES = [
  { locale: 'fr' as const, browserLocale: 'fr-FR', decap: decapFr, title: 'La marée sur la route de Tidebell', slugPart: 'route-de-tidebell', language: 'Français', theme: 'Climat', country: 'Fidji', name: 'Léa' },
  { locale: 'es' as const, browserLocale: 'es-PE', decap: decapEs, title: 'La lluvia sobre el camino de Tidebell', slugPart: 'camino-de-tidebell', language: 'Español', theme: 'Clima', country: 'Perú', name: 'Ana' },
];

describe('the contributor’s path on a phone (390×844, touch; 320 and 430 px for Save)', () => {
  for (const c of CASES) {
    test(`${c.locale}: from the share page’s button to the thank-you, every control reachable, every message in ${c.locale}`, { timeout: 400_000 }, async () => {
      const L = CMS_LABELS[c.locale];
      const f = L.fields;
      // The share page's main button opens the blank story form in the page's language.
      const sharePage = readFileSync(join(DIST, c.locale, 'share/index.html'), 'utf8');
      const href = /<a class="button" href="([^"]+)" data-cms-link/.exec(sharePage)?.[1]?.replace(/&amp;/g, '&');
      expect(href).toBe(`/admin/?lang=${c.locale}#/collections/share/new`);

      const ctx = await browser.newContext({ locale: c.browserLocale, viewport: PHONE, isMobile: true, hasTouch: true });
      const page = await ctx.newPage();
      page.setDefaultTimeout(60_000);
      const errors: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
      });
      try {
        await page.goto(new URL(href!, bench.site.url).href, { waitUntil: 'domcontentloaded', timeout: 60_000 });

        // The login screen: the site's name, what happens next, one button.
        const login = page.locator('#ydv-login');
        // Decap takes long to start on a loaded machine (5 MB of script): allow it.
        await expect.poll(() => login.isVisible(), { timeout: 150_000, interval: 500 }).toBe(true);
        expect(await login.locator('h1').textContent()).toBe(L.flow.loginTitle);
        expect(await login.innerText()).toContain('Youth Diaspora Voices');
        expectInLanguage(L.flow.loginText, 'login');
        expect(await page.getByText(decapEn.auth.login, { exact: true }).count()).toBe(0);
        await tap(page, page.getByRole('button', { name: L.flow.loginButton, exact: true }), 'start button');

        // One column, no sideways scrolling, Save on screen.
        const save = page.getByRole('button', { name: c.decap.editor.editorToolbar.save, exact: true });
        await reachable(page, save, 'Save');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        // The narrowest and widest phones too.
        for (const width of [320, 430]) {
          await page.setViewportSize({ width, height: 700 });
          await reachable(page, save, `Save at ${width}px`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
        await page.setViewportSize(PHONE);
        // Contributors get neither the Markdown toggle nor the workflow's menus.
        expect(await page.getByText('Markdown', { exact: true }).count()).toBe(0);
        expect(await page.getByRole('button', { name: new RegExp(`^${c.decap.editor.editorToolbar.publish}`) }).count()).toBe(0);
        // The guardian's switch is not labelled optional.
        const guardianLabel = page.locator('label', { hasText: f['consent.guardian'].label });
        expect(await guardianLabel.innerText()).not.toMatch(/\(/);

        // Save too early: each missing field says so, once, in the contributor's language, and the first is brought into view.
        await tap(page, save, 'Save (empty form)');
        await expect.poll(async () => (await messages(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
        for (const m of await messages(page)) expectInLanguage(m, 'empty form');
        expect(await page.locator('.Toastify__toast:visible').count(), 'no toast stacked on the field errors').toBe(0);
        const firstError = page.locator('[class*="-ControlErrorsList"]').first();
        expect(await firstError.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);

        await type(page, page.getByLabel(f['author.name'].label, { exact: true }), 'name', c.name);
        await pick(page, f['author.ageGroup'].label, L.options.ageGroup['under-18']);
        await type(page, page.getByLabel(f.title.label, { exact: true }), 'title', c.title);
        await type(page, page.getByLabel(f.summary.label, { exact: true }), 'summary', `${c.title}.`);
        await type(page, page.locator('[data-slate-editor]'), 'text', `${c.title}. ${c.name}.`);

        // The photo: the picker's obvious action is to choose it; delete is not offered to contributors.
        const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 160 } } }).jpeg().toBuffer();
        await tap(page, page.getByRole('button', { name: c.decap.editor.editorWidgets.image.choose }), 'choose a photo');
        await page.locator('.ReactModalPortal input[type=file]').setInputFiles({ name: 'marea.jpg', mimeType: 'image/jpeg', buffer: photo });
        const chooseSelected = page.getByRole('button', { name: c.decap.mediaLibrary.mediaLibraryModal.chooseSelected });
        await expect.poll(() => chooseSelected.isEnabled(), { timeout: 30_000 }).toBe(true);
        expect(await page.getByRole('button', { name: c.decap.mediaLibrary.mediaLibraryModal.deleteSelected }).isVisible()).toBe(false);
        await tap(page, chooseSelected, 'choose the uploaded photo');
        // As a person would, wait until the picker has closed before the next field.
        await chooseSelected.waitFor({ state: 'hidden', timeout: 30_000 });

        await pick(page, f.language.label, c.language);
        await pick(page, f.themes.label, c.theme);
        await pick(page, f.originCountries.label, c.country);
        await tap(page, page.getByLabel(f['consent.publication'].label), 'publication consent');

        // A photo without its description: one sentence at that field, in the language, brought into view.
        const atField = page.locator('.ydv-field-problem');
        const checkOnly = async (expected: string, what: string) => {
          await tap(page, save, `Save (${what})`);
          await expect.poll(() => atField.allInnerTexts(), { timeout: 10_000 }).toEqual([expected]);
          for (const m of await messages(page)) expectInLanguage(m, what);
          expect(await page.locator('.Toastify__toast:visible').count(), 'no toast stacked on the field message').toBe(0);
          expect(await page.locator('#ydv-problems').isVisible(), 'no banner repeating it').toBe(false);
          await reachable(page, atField.first(), `the message (${what})`);
        };
        await checkOnly(L.problems['cover.alt'], 'no photo description');
        await type(page, page.getByLabel(f['cover.alt'].label), 'photo description', c.title);
        // Under 18 without the guardian's consent: the earlier message goes, this one comes, at the guardian's switch.
        await checkOnly(L.messages.noGuardian, 'no guardian consent');
        await tap(page, page.getByLabel(f['consent.guardian'].label), 'guardian consent');
        await tap(page, save, 'Save');
        const branch = await until('the draft branch', () => settled() && branches().find((b) => b.includes(c.slugPart)));

        // Saved: earlier messages are gone, a thank-you says what happens next and when.
        const thanks = page.locator('#ydv-thanks');
        await expect.poll(() => thanks.isVisible(), { timeout: 10_000 }).toBe(true);
        expect(await atField.count()).toBe(0);
        expect(await thanks.locator('h2').textContent()).toBe(L.flow.thanksTitle);
        expect(await thanks.innerText()).toContain(L.flow.thanksText);
        for (const m of await messages(page)) expectInLanguage(m, 'after saving');
        await reachable(page, thanks.getByRole('link', { name: L.flow.thanksAnother }), 'share another story');
        await tap(page, thanks.getByRole('button', { name: L.flow.thanksBack }), 'back to my story');
        expect(await thanks.isVisible()).toBe(false);

        // A contributor is kept on their form: lists, the workflow and other people's entries lead back to a blank form.
        for (const hash of ['#/collections/share', '#/workflow', '#/collections/stories', '#/collections/stories/entries/tidal-notes/index']) {
          // Each try goes to the address again, as a person would: Decap's router can restore the open entry once while
          // it leaves the editor. A broken redirect still fails: no try ever lands on the blank form.
          await expect
            .poll(
              async () => {
                await page.evaluate((h) => (location.hash = h), hash);
                await page.waitForTimeout(500);
                return page.evaluate(() => location.hash);
              },
              { timeout: 30_000 },
            )
            .toBe('#/collections/share/new');
        }

        const slug = branch.split('/')[2]!;
        const file = execFileSync('git', ['show', `${branch}:content/stories/${slug}/index.md`], { cwd: bench.project.dir, encoding: 'utf8' });
        expect(parseFrontmatter(file).frontmatter).toMatchObject({ author: { ageGroup: 'under-18' }, consent: { publication: true, guardian: true }, cover: { alt: c.title } });
        expect(errors).toEqual([]);
      } catch (e) {
        await page.screenshot({ path: `/tmp/cp/fail-${c.locale}.png` }).catch(() => {});
        throw e;
      } finally {
        await ctx.close();
      }
    });
  }
});

describe('the team finds and withdraws (1280×900)', () => {
  test('the stories list shows age group, guardian consent and flags, filters by age; Withdrawn is the first switch of the form', { timeout: 400_000 }, async () => {
    const T = CMS_LABELS.en;
    const ctx = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(60_000);
    try {
      await page.goto(`${bench.adminUrl}?lang=en#/collections/stories`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await expect.poll(() => page.getByRole('button', { name: decapEn.auth.login, exact: true }).isVisible(), { timeout: 150_000, interval: 500 }).toBe(true);
      await page.getByRole('button', { name: decapEn.auth.login, exact: true }).click();
      // At a glance: the under-18 author with the guardian's consent, and the date.
      const card = page.locator('a', { hasText: 'Seven sisters and an oval ball' }).first();
      await expect.poll(() => card.innerText(), { timeout: 30_000 }).toMatch(new RegExp(`under-18 · ${T.ui.guardianRequested}.* · \\d{4}-\\d\\d-\\d\\d`));
      // Filter: under 18 only.
      await page.getByRole('button', { name: decapEn.collection.collectionTop.filterBy }).click();
      await page.getByText(T.ui.filterUnder18, { exact: true }).click();
      await page.keyboard.press('Escape');
      const cards = page.locator('[class*="-ListCardLink"], [class*="-GridCardLink"], [class*="-ListCard"] a');
      await expect.poll(async () => (await cards.allInnerTexts()).length, { timeout: 30_000 }).toBeGreaterThan(0);
      for (const text of await cards.allInnerTexts()) expect(text).toContain('under-18');
      // Open it: Withdrawn is the first field, on the first screen.
      await card.click();
      // Team switches are not required (files without one must still save), so Decap may add "(optional)" to the name.
      const withdrawn = page.getByLabel(new RegExp(`^${T.fields.withdrawn.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      const box = await withdrawn.boundingBox();
      expect(box!.y, 'Withdrawn on the first screen').toBeLessThan(400);

    } finally {
      await ctx.close();
    }
  });
});

