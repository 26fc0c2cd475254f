/**
 * Decap CMS end to end, in Chromium, against the real decap-server (git mode)
 * working on a throwaway git copy of the project: a contributor shares a
 * story with a GPS-tagged photo, an editor publishes it, a build shows it;
 * consent rules stop a save; withdrawal removes the story at the next build;
 * decap-server is reachable from this computer only; `npm start` runs and
 * stops both servers. A fresh browser context per person (Decap keeps its
 * login in localStorage).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import exifr from 'exifr';
import { parseFrontmatter } from '@astrojs/markdown-remark';
// Decap's own UI words (buttons), from its locale files; the UMD entry needs a window.
import decapEn from 'decap-cms-locales/dist/esm/en/index.js';
import decapEs from 'decap-cms-locales/dist/esm/es/index.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { buildSite, ROOT } from '../support/build';
import { freePort, gitInit, startCmsBench, type CmsBench } from '../support/cms';
import { tempProject } from '../support/temp-project';
import { story as storySchema } from '../support/model';
import { loadPagefind } from '../../scripts/pagefind-node.ts';
import { CMS_LABELS, type CmsLabels } from '../../cms/labels';

type DecapPhrases = typeof decapEn;

let bench: CmsBench;
let browser: Browser;

beforeAll(async () => {
  [bench, browser] = await Promise.all([startCmsBench(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await bench?.stop();
});

/** A person at the admin page: a fresh context, CSP violations and page errors recorded. */
async function person(locale: string): Promise<{ ctx: BrowserContext; page: Page; problems: string[]; errors: string[] }> {
  const ctx = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const errors: string[] = [];
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  return { ctx, page, problems, errors };
}

async function openAdmin(page: Page, hash: string, t: DecapPhrases) {
  // Decap's 5 MB bundle can take longer than 30 s to load on a busy 2-core machine: wait for the page, not every chunk.
  await page.goto(`${bench.adminUrl}${hash}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  page.setDefaultTimeout(120_000);
  // The team sees Decap's "Login"; contributors (share forms) our "Start" (cms/admin/contributor.ts).
  const share = /#\/collections\/share/.test(hash);
  const lang = (await page.evaluate(() => document.documentElement.lang)) as keyof typeof CMS_LABELS;
  await page.getByRole('button', { name: share ? CMS_LABELS[lang].flow.loginButton : t.auth.login, exact: true }).click();
}

/** react-select: type and take the first match. */
async function choose(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(text);
  await page.getByRole('option', { name: text, exact: true }).first().click();
}

/** decap-server is between operations: back on main (it checks out the draft branch while it commits). */
const settled = () => bench.git('rev-parse', '--abbrev-ref', 'HEAD').trim() === 'main';

/** A file as committed on main (decap-server switches the work tree to draft branches while it reads them). */
const onMain = (path: string): Buffer | undefined => {
  try {
    return execFileSync('git', ['show', `main:${path}`], { cwd: bench.project.dir, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
};

const cmsBranches = () =>
  bench
    .git('branch', '--format=%(refname:short)')
    .split('\n')
    .filter((b) => b.startsWith('cms/'));

async function until<T>(what: string, check: () => T | undefined | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Fills the share form's required fields (author, text, language, themes, origin). */
async function fillStory(page: Page, L: CmsLabels, s: { name: string; age: string; title: string; language: string; theme: string; country: string }) {
  const f = L.fields;
  await page.getByLabel(f['author.name'].label, { exact: true }).fill(s.name);
  await choose(page, f['author.ageGroup'].label, s.age);
  await page.getByLabel(f.title.label, { exact: true }).fill(s.title);
  await page.getByLabel(f.summary.label, { exact: true }).fill(`${s.title}: a short summary.`);
  await page.locator('[data-slate-editor]').click();
  await page.keyboard.type(`${s.title}. The tide reached the church steps this year.`);
  await choose(page, f.language.label, s.language);
  await choose(page, f.themes.label, s.theme);
  await choose(page, f.originCountries.label, s.country);
}

/** Opens an entry from the workflow board or a URL, moves it to Ready and publishes it. */
async function publish(page: Page, t: DecapPhrases) {
  await page.getByRole('button', { name: new RegExp(`^${t.editor.editorToolbar.status.replace('%{status}', '')}`) }).click();
  await page.getByRole('menuitem', { name: t.editor.editorToolbar.ready, exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${t.editor.editorToolbar.publish}`) }).click();
  await page.getByRole('menuitem', { name: t.editor.editorToolbar.publishNow, exact: true }).click();
}

const TITLE = 'Salt on the reef road of Tidewhistle';
const L = CMS_LABELS.en;
let slug = '';

describe('Decap CMS at /admin/', () => {
  test('decap-server answers on 127.0.0.1 only, not on this machine’s network addresses', async () => {
    const tryConnect = (host: string) =>
      new Promise<'connected' | string>((resolve) => {
        const s = connect({ host, port: bench.port, timeout: 3000 });
        s.once('connect', () => {
          s.destroy();
          resolve('connected');
        });
        s.once('timeout', () => {
          s.destroy();
          resolve('timeout');
        });
        s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      });
    expect(await tryConnect('127.0.0.1')).toBe('connected');
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    expect(external.length, 'this machine needs a non-loopback address for the test to prove anything').toBeGreaterThan(0);
    for (const address of external) expect(await tryConnect(address), address).not.toBe('connected');
  });

  test('a contributor shares a story with a GPS-tagged photo; an editor publishes it; the next build shows it without GPS', async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 120, b: 60 } } })
      .withExif({ IFD0: { Make: 'TestCam', Model: 'Phone 1' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '18/1 8/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '178/1 26/1 0/1' } })
      .jpeg({ quality: 85 })
      .toBuffer();
    expect(await exifr.gps(photo), 'the test photo carries GPS to begin with').toMatchObject({ latitude: expect.any(Number) });

    // The contributor arrives from a campaign page: the campaign is already chosen.
    const contributor = await person('en-GB');
    const c = contributor.page;
    await openAdmin(c, '#/collections/share/new?campaign=climate-voices', decapEn);
    await fillStory(c, L, { name: 'Mere', age: L.options.ageGroup['18-24'], title: TITLE, language: 'English', theme: 'Climate', country: 'Fiji' });
    await c.getByRole('button', { name: decapEn.editor.editorWidgets.image.choose }).click();
    await c.locator('input[type=file]').setInputFiles({ name: 'reef.jpg', mimeType: 'image/jpeg', buffer: photo });
    await c.getByRole('button', { name: decapEn.mediaLibrary.mediaLibraryModal.chooseSelected }).click();
    await c.getByLabel(L.fields['cover.alt'].label).fill('An orange square standing in for the reef road.');
    await c.getByLabel(L.fields['consent.publication'].label).click();
    // The preview pane renders the story with the site's own stylesheet.
    const preview = c.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('article.story h1').textContent()).toBe(TITLE);
    expect(await preview.locator('link[href$="/admin/site.css"]').count()).toBe(1);
    expect(await preview.locator('article.story img').getAttribute('alt')).toBe('An orange square standing in for the reef road.');
    await c.getByRole('button', { name: decapEn.editor.editorToolbar.save, exact: true }).click();
    // decap-server may create the branch at main's commit before it commits the entry: wait for the commit.
    const committed = (b: string) => bench.git('rev-parse', b).trim() !== bench.git('rev-parse', 'main').trim();
    const branch = await until('the draft branch', () => settled() && cmsBranches().find((b) => b.includes('tidewhistle') && committed(b)));
    expect(branch).toMatch(/^cms\/share\/\d{4}-\d\d-\d\d-salt-on-the-reef-road-of-tidewhistle\/index$/);
    slug = branch.split('/')[2]!;
    // Saved as a draft for review: nothing on the site's branch yet.
    expect(onMain(`content/stories/${slug}/index.md`)).toBeUndefined();
    expect(bench.git('show', '--name-only', '--format=', branch).split('\n').filter(Boolean).sort()).toEqual(
      [`content/stories/${slug}/index.md`, `content/stories/${slug}/reef.jpg`],
    );
    expect(contributor.problems).toEqual([]);
    expect(contributor.errors).toEqual([]);
    await contributor.ctx.close();

    // The editor reviews it on the workflow board and publishes it.
    const editor = await person('en-GB');
    const e = editor.page;
    await openAdmin(e, '#/workflow', decapEn);
    await e.getByRole('heading', { name: TITLE }).click();
    await publish(e, decapEn);
    await until('the merge into main', () => settled() && !cmsBranches().includes(branch) && onMain(`content/stories/${slug}/index.md`));
    expect(editor.problems).toEqual([]);
    expect(editor.errors).toEqual([]);
    await editor.ctx.close();

    const file = onMain(`content/stories/${slug}/index.md`)!.toString('utf8');
    const { frontmatter, content } = parseFrontmatter(file);
    const parsed = storySchema.safeParse(frontmatter);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toMatchObject({ title: TITLE, campaign: 'climate-voices', consent: { publication: true }, author: { ageGroup: '18-24' } });
    expect(content).toContain('The tide reached the church steps');

    const image = onMain(`content/stories/${slug}/${(parsed.data!.cover!.src as string).replace(/^\.\//, '')}`)!;
    expect(image.length).toBeGreaterThan(1000);
    expect(await exifr.gps(image).catch(() => undefined)).toBeUndefined();
    expect(await exifr.parse(image).catch(() => undefined)).toBeUndefined();

    const build = await buildSite({ cwd: bench.project.dir });
    expect(build.code).toBe(0);
    const dist = join(bench.project.dir, 'dist');
    const page = readFileSync(join(dist, 'en', 'stories', slug, 'index.html'), 'utf8');
    expect(page).toContain(TITLE);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`/stories/${slug}/`);
    const pagefind = await loadPagefind(dist);
    const hits = await Promise.all((await pagefind.search('Tidewhistle')).results.map((r) => r.data()));
    expect(hits.map((h) => h.url)).toContain(`/en/stories/${slug}/`);
    // The build also ships the CMS itself.
    expect(readFileSync(join(dist, 'admin/index.html'), 'utf8')).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'none'/);
    expect(JSON.parse(readFileSync(join(dist, 'admin/config.fr.json'), 'utf8')).locale).toBe('fr');
    expect(existsSync(join(dist, 'admin/decap/decap-cms-app.js'))).toBe(true);
  });

  test('without consent, or under 18 without a guardian’s consent, a story cannot be saved (Spanish editor)', async () => {
    const S = CMS_LABELS.es;
    const { ctx, page, problems } = await person('es-PE');
    await openAdmin(page, '#/collections/share/new', decapEs);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    // The language switch offers the three interface languages and marks the current one.
    const switcher = page.locator('#ydv-lang a');
    expect(await switcher.allTextContents()).toEqual(['English', 'Français', 'Español']);
    expect(await page.locator('#ydv-lang a[aria-current]').textContent()).toBe('Español');
    expect(await switcher.nth(1).getAttribute('href')).toMatch(/^\/admin\/\?lang=fr#/);
    const title = 'Prueba de consentimiento';
    await fillStory(page, S, { name: 'Ana', age: S.options.ageGroup['18-24'], title, language: 'Español', theme: 'Salud', country: 'Perú' });
    const save = page.getByRole('button', { name: decapEs.editor.editorToolbar.save, exact: true });
    const saved = () => settled() && cmsBranches().some((b) => b.includes('prueba-de-consentimiento'));

    // Consent ticked, then unticked: the field itself refuses, in plain Spanish.
    const publication = page.getByLabel(S.fields['consent.publication'].label);
    await publication.click();
    await publication.click();
    await save.click();
    await expect.poll(() => page.getByText(S.messages.noConsent).count()).toBeGreaterThan(0);
    expect(saved()).toBe(false);

    // Consent given, but the author is under 18 and no guardian has agreed: the save check refuses.
    await publication.click();
    await choose(page, S.fields['author.ageGroup'].label, S.options.ageGroup['under-18']);
    await save.click();
    // At the guardian's switch, once; no banner or toast repeating it.
    const atField = page.locator('.ydv-field-problem');
    await expect.poll(() => atField.count()).toBe(1);
    expect(await atField.textContent()).toBe(S.messages.noGuardian);
    const alert = page.locator('#ydv-problems');
    expect(await alert.isVisible()).toBe(false);
    await new Promise((r) => setTimeout(r, 1500));
    expect(saved()).toBe(false);

    // With the guardian's consent it saves: the rules block only what they should.
    await page.getByLabel(S.fields['consent.guardian'].label).click();
    await save.click();
    await until('the draft with guardian consent', saved);
    await expect.poll(() => atField.count()).toBe(0);
    // (Decap reports each refused save as an unhandled rejection: page errors are expected here, CSP violations are not.)
    expect(problems).toEqual([]);
    await ctx.close();
  });

  test('an editor withdraws the published story; the next build removes it from pages, sitemap and search', async () => {
    expect(slug, 'needs the story published by the test above').not.toBe('');
    const { ctx, page, problems, errors } = await person('en-GB');
    await openAdmin(page, `#/collections/stories/entries/${slug}/index`, decapEn);
    const withdrawn = page.getByLabel(L.fields.withdrawn.label);
    await withdrawn.click();
    await page.getByRole('button', { name: decapEn.editor.editorToolbar.save, exact: true }).click();
    await until('the withdrawal draft', () => settled() && cmsBranches().find((b) => b === `cms/stories/${slug}/index`));
    await publish(page, decapEn);
    await until('the withdrawal on main', () => settled() && !cmsBranches().includes(`cms/stories/${slug}/index`) && /\nwithdrawn: true\n/.test(onMain(`content/stories/${slug}/index.md`)?.toString() ?? ''));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();

    // Another folder: Node caches the first build's pagefind.js module by its path.
    await buildSite({ cwd: bench.project.dir, args: ['--outDir', 'dist-withdrawn'] });
    const dist = join(bench.project.dir, 'dist-withdrawn');
    expect(existsSync(join(dist, 'index.html')) || existsSync(join(dist, 'en/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'stories', slug))).toBe(false);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(slug);
    expect(readFileSync(join(dist, 'en/rss.xml'), 'utf8')).not.toContain(slug);
    const pagefind = await loadPagefind(dist);
    const hits = await Promise.all((await pagefind.search('Tidewhistle')).results.map((r) => r.data()));
    // (Pagefind also returns near matches such as "tide" in other stories: what matters is that this one is gone.)
    expect(hits.map((h) => h.url.replace(/^\/[a-z]{2}\//, '/'))).not.toContain(`/stories/${slug}/`);
  });
});

describe('npm start', () => {
  test('runs astro dev and decap-server (git mode, loopback) together, prints both addresses, and Ctrl-C stops both', async () => {
    const project = tempProject('ydv-start-');
    try {
      for (const f of ['scripts/start.mjs', 'scripts/start-checks.ts']) project.write(f, readFileSync(join(ROOT, f)));
      gitInit(project.dir);
      const [devPort, cmsPort] = [await freePort(), await freePort()];
      const child = spawn(process.execPath, ['scripts/start.mjs'], {
        cwd: project.dir,
        env: { ...process.env, YDV_DEV_PORT: String(devPort), YDV_CMS_PORT: String(cmsPort) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      await until('both addresses', () => /Press Ctrl-C to stop/.test(out), 90_000).catch((e: Error) => {
        throw new Error(`${e.message}\n${out.slice(-3000)}`);
      });
      const site = /Site:\s+(http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(out);
      const cms = /CMS:\s+(http:\/\/127\.0\.0\.1:\d+\/admin\/)\s+\(decap-server on http:\/\/127\.0\.0\.1:(\d+), branch main/.exec(out);
      expect(site, out).not.toBeNull();
      expect(cms, out).not.toBeNull();
      const backend = `http://127.0.0.1:${cms![2]}/api/v1`;

      // The editor page is served by astro dev, pointing at this decap-server.
      const html = await (await fetch(cms![1])).text();
      expect(html).toContain(`connect-src 'self' blob: http://127.0.0.1:${cms![2]}`);
      const config = await (await fetch(`${cms![1]}config.en.json`)).json();
      expect(config.local_backend.url).toBe(backend);
      const info = await (await fetch(backend, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).json();
      expect(info).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });

      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      expect(code).toBe(0);
      for (const port of [Number(site![2]), Number(cms![2])]) {
        const refused = await new Promise<boolean>((resolve) => {
          const s = connect({ host: '127.0.0.1', port });
          s.once('connect', () => {
            s.destroy();
            resolve(false);
          });
          s.once('error', () => resolve(true));
        });
        expect(refused, `port ${port} still open after Ctrl-C`).toBe(true);
      }
    } finally {
      project.cleanup();
    }
  });
});
