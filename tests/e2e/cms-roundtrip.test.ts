/**
 * A save changes only what was edited (issue 17): in Chromium, against the
 * real decap-server (git mode) on a throwaway copy of the project, an editor
 * opens EVERY sample entry in its team collection, adds one character to a
 * text field and saves; the draft branch must differ from main by exactly
 * that one line. One browser page for all entries (about 30), to keep the run
 * short.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import decapEn from 'decap-cms-locales/dist/esm/en/index.js';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startCmsBench, type CmsBench } from '../support/cms';
import { slugsOf } from '../support/entries';
import { CMS_LABELS, wording } from '../../cms/labels';

let bench: CmsBench;
let browser: Browser;

beforeAll(async () => {
  [bench, browser] = await Promise.all([startCmsBench(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await bench?.stop();
});

const L = CMS_LABELS.en;
/** The text field edited in each kind: a plain one-line field every entry has. */
// Recommendations have no plain one-line field (their text fields are per language); the save check covers them.
const FIELD = { stories: 'summary', videos: 'summary', campaigns: 'hashtag', sessions: 'host' } as const;

async function until<T>(what: string, check: () => T | undefined | false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Decap saves change only what was edited', () => {
  test('every sample entry, one character added to a text field in the team collection: the diff against main is that one line', async () => {
    const started = Date.now();
    const ctx = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page: Page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.accept());
    const settled = () => bench.git('rev-parse', '--abbrev-ref', 'HEAD').trim() === 'main';
    const branches = () => bench.git('branch', '--format=%(refname:short)').split('\n');

    const entries = (['stories', 'videos', 'campaigns', 'sessions'] as const).flatMap((kind) => slugsOf(kind).map((slug) => ({ kind, slug })));
    expect(entries.length).toBeGreaterThanOrEqual(30);
    const report: string[] = [];
    let first = true;
    for (const { kind, slug } of entries) {
      const hash = `#/collections/${kind}/entries/${slug}/index`;
      if (first) {
        await page.goto(`${bench.adminUrl}${hash}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
        await page.getByRole('button', { name: decapEn.auth.login, exact: true }).click({ timeout: 120_000 });
        first = false;
      } else {
        // Through the collection list: Decap's editor keeps the previous entry when only the slug in the route changes.
        await page.evaluate((h) => (location.hash = h), `#/collections/${kind}`);
        await page.getByRole('button', { name: decapEn.editor.editorToolbar.save, exact: true }).waitFor({ state: 'detached', timeout: 60_000 });
        await page.evaluate((h) => (location.hash = h), hash);
      }
      const label = wording(L, kind, FIELD[kind]).label;
      const input = page.getByLabel(label, { exact: true });
      const file = `content/${kind}/${slug}/index.md`;
      const before = bench.git('show', `main:${file}`);
      // Wait for the entry's own value (not the previous entry's form).
      const key = new RegExp(`^(\\s*)${FIELD[kind]}: (.*)$`, 'm').exec(before)![2]!;
      const expected = key.replace(/^"|"$/g, '').slice(0, 20);
      let seen = '';
      try {
        await expect
          .poll(async () => (seen = await input.inputValue({ timeout: 5_000 }).catch((e: Error) => `(${e.message.split('\n')[0]})`)).includes(expected), { timeout: 60_000 })
          .toBe(true);
      } catch {
        await page.screenshot({ path: `/tmp/ydv-roundtrip-${slug}.png` });
        throw new Error(`${kind}/${slug}: the "${label}" field never showed ${JSON.stringify(expected)}; saw ${JSON.stringify(seen)} (screenshot /tmp/ydv-roundtrip-${slug}.png)`);
      }
      await input.click();
      await page.keyboard.press('End');
      await page.keyboard.type('Z');
      await page.getByRole('button', { name: decapEn.editor.editorToolbar.save, exact: true }).click();
      const branch = `cms/${kind}/${slug}/index`;
      // decap-server creates the branch, then commits on it: wait for the commit, back on main.
      await until(`the draft of ${kind}/${slug}`, () => settled() && branches().includes(branch) && bench.git('rev-list', '--count', `main..${branch}`).trim() !== '0');

      const changed = bench.git('diff', '--name-only', 'main', branch).split('\n').filter(Boolean);
      const diff = bench.git('diff', '--unified=0', 'main', branch, '--', file);
      const removed = diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
      const added = diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
      report.push(`${kind}/${slug}: ${changed.length} file(s), -${removed.length} +${added.length} (${Math.round((Date.now() - started) / 1000)} s)`);
      process.stdout.write(`${report.at(-1)}\n`);
      expect(changed, `${kind}/${slug}`).toEqual([file]);
      expect(removed, `${kind}/${slug}:\n${diff}`).toHaveLength(1);
      expect(added, `${kind}/${slug}:\n${diff}`).toHaveLength(1);
      // The one change is the character typed at the end of the field's value.
      const old = removed[0]!.slice(1);
      expect(added[0]!.slice(1), `${kind}/${slug}`).toBe(old.endsWith('"') ? `${old.slice(0, -1)}Z"` : `${old}Z`);
    }
    console.info(`${entries.length} entries saved in ${Math.round((Date.now() - started) / 1000)} s:\n${report.join('\n')}`);

    // One character typed into the body (a transcript with "[Sonido…]" lines): one line changes, nothing is escaped.
    const file = 'content/videos/peru-clinic-interpreters/index.md';
    const branch = 'cms/videos/peru-clinic-interpreters/index';
    const tip = bench.git('rev-parse', branch).trim();
    await page.evaluate(() => (location.hash = '#/collections/videos'));
    await page.getByRole('button', { name: decapEn.editor.editorToolbar.save, exact: true }).waitFor({ state: 'detached', timeout: 60_000 });
    await page.evaluate(() => (location.hash = '#/collections/videos/entries/peru-clinic-interpreters/index'));
    const body = page.locator('[data-slate-editor]').first();
    await expect.poll(() => body.textContent(), { timeout: 60_000 }).toContain('[Sonido de una sala de espera]');
    // Click the last line, not the middle: Slate syncs its selection from the DOM a moment later, so a click mid-text
    // could still win over Ctrl+End (CI once typed the Z into a word). Type only once the caret is at the very end.
    await body.locator(':scope > *').last().click();
    await expect
      .poll(
        async () => {
          await page.keyboard.press('Control+End');
          return page.evaluate(() => {
            const editor = document.querySelector('[data-slate-editor]')!;
            const sel = getSelection();
            if (!sel?.focusNode || !editor.contains(sel.focusNode)) return 'caret outside the body';
            const rest = document.createRange();
            rest.setStart(sel.focusNode, sel.focusOffset);
            rest.setEndAfter(editor.lastChild!);
            return rest.toString().replace(/[\uFEFF\s]/g, '') || 'at the end';
          });
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe('at the end');
    await page.waitForTimeout(300); // Slate's selectionchange handler is throttled: let it read the caret before the key.
    await page.keyboard.type('Z');
    await page.getByRole('button', { name: decapEn.editor.editorToolbar.save, exact: true }).click();
    await until('the body edit', () => settled() && bench.git('rev-parse', branch).trim() !== tip);
    process.stdout.write(`body edit saved (${Math.round((Date.now() - started) / 1000)} s)\n`);
    // Ctrl+End lands on the body's last (empty) line: the file gains exactly "Z" there, nothing else moves.
    const before = bench.git('show', `${tip}:${file}`);
    const saved = bench.git('show', `${branch}:${file}`);
    expect(saved, bench.git('diff', tip, branch, '--', file)).toBe(`${before}Z\n`);
    expect(saved).toContain('\n---\n\n[Sonido de una sala de espera]\n');
    expect(errors).toEqual([]);
    await ctx.close();
  }, 1_200_000);
});
