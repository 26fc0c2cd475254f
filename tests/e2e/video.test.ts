/**
 * Video pages in Chromium: the YouTube/Vimeo facades contact nobody before
 * the reader presses play (by mouse or keyboard), then insert the
 * privacy-enhanced player; the self-hosted clip has loading caption tracks
 * in every language given and plays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST } from '../support/build';
import { serveDist, type StaticServer } from '../support/server';
import { launchBrowser } from '../support/browser';
import { entryUrl, frontmatter, partition } from '../support/entries';
import { useTranslations, type Locale } from '../../src/i18n';

const videos = partition('videos').pub.map((id) => ({ id, data: frontmatter('videos', id) }));
const byProvider = (p: string) => {
  const v = videos.find((x) => x.data.video.provider === p);
  if (!v) throw new Error(`The sample content has no public ${p} video.`);
  return v;
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every request it attempts; other origins are refused at once (the network is closed here anyway). */
async function openRecorded(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', (route) => (new URL(route.request().url()).origin === server.url ? route.continue() : route.abort('blockedbyclient')));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, requests };
}

/** The page's interface strings (a Spanish video gets a Spanish interface). */
const tOf = async (page: Page) => useTranslations((await page.locator('html').getAttribute('lang')) as Locale);

const foreign = (requests: string[]) => requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));

/** Press Tab until the facade's play button has focus; fails if it is never reached. */
async function tabToPlayButton(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('[data-video-facade] button') ?? false)) return;
  }
  throw new Error('The play button was never reached with Tab.');
}

const cases = [
  { provider: 'youtube', key: 'Enter', host: 'https://www.youtube-nocookie.com', embed: (id: string) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` },
  { provider: 'vimeo', key: 'Space', host: 'https://player.vimeo.com', embed: (id: string) => `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` },
] as const;

describe('YouTube and Vimeo facades', () => {
  for (const c of cases) {
    it(`${c.provider}: nothing requested from another origin before play; ${c.key} on the button inserts the privacy-enhanced player`, async () => {
      const v = byProvider(c.provider);
      const context = await browser.newContext();
      try {
        const { page, requests } = await openRecorded(context, entryUrl('videos', v.id));
        // The poster and title come from the entry, served by the site itself.
        expect(foreign(requests)).toEqual([]);
        expect(await page.locator('h1').textContent()).toBe(v.data.title);
        const poster = page.locator('[data-video-facade] img');
        expect(new URL(await poster.evaluate((img: HTMLImageElement) => img.currentSrc)).origin).toBe(server.url);
        expect(await page.locator('[data-video-facade] iframe').count()).toBe(0);

        const t = await tOf(page);
        const button = page.getByRole('button', { name: t('video.play', { title: v.data.title }), exact: true });
        expect(await button.count()).toBe(1);
        await tabToPlayButton(page);
        await page.keyboard.press(c.key);

        const frame = page.locator('[data-video-facade] iframe');
        await frame.waitFor({ state: 'attached', timeout: 5000 });
        expect(await frame.getAttribute('src')).toBe(c.embed(v.data.video.id));
        expect(await frame.getAttribute('title')).toBe(t('video.frame', { title: v.data.title }));
        // Focus follows the reader's action onto the player.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
        expect(await button.count()).toBe(0);
        // The browser tried to load the player (it cannot arrive: the network is closed), and nothing else foreign.
        await expect.poll(() => foreign(requests).some((u) => u.startsWith(c.host))).toBe(true);
        for (const u of foreign(requests)) expect(u.startsWith(c.host), u).toBe(true);
        if (c.provider === 'vimeo') expect(foreign(requests).every((u) => new URL(u).searchParams.get('dnt') === '1')).toBe(true);
      } finally {
        await context.close();
      }
    });
  }

  it('a mouse click also loads the player', async () => {
    const v = byProvider('youtube');
    const context = await browser.newContext();
    try {
      const { page } = await openRecorded(context, entryUrl('videos', v.id));
      await page.getByRole('button', { name: (await tOf(page))('video.play', { title: v.data.title }), exact: true }).click();
      expect(await page.locator('[data-video-facade] iframe').getAttribute('src')).toBe(cases[0].embed(v.data.video.id));
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the facade is a plain link to the video', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      for (const [provider, href] of [
        ['youtube', (id: string) => `https://www.youtube.com/watch?v=${id}`],
        ['vimeo', (id: string) => `https://vimeo.com/${id}`],
      ] as const) {
        const v = byProvider(provider);
        const { page, requests } = await openRecorded(context, entryUrl('videos', v.id));
        expect(foreign(requests)).toEqual([]);
        const link = page.locator('[data-video-facade] a');
        expect(await link.getAttribute('href')).toBe(href(v.data.video.id));
        expect(await page.locator('[data-video-facade] button, [data-video-facade] iframe').count()).toBe(0);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});

describe('self-hosted video', () => {
  it('loads caption tracks in every language given, downloads nothing before play, and plays', async () => {
    const v = byProvider('self');
    const clip = join(DIST, 'media', 'videos', v.id, v.data.video.file.replace(/^\.\//, ''));
    expect(statSync(clip).size).toBeLessThan(1024 * 1024);

    const context = await browser.newContext();
    try {
      const { page, requests } = await openRecorded(context, entryUrl('videos', v.id));
      expect(foreign(requests)).toEqual([]);
      const video = page.locator('video');
      expect(await video.getAttribute('preload')).toBe('none');
      expect(await video.getAttribute('controls')).not.toBeNull();
      expect(await video.getAttribute('poster')).toMatch(/^\/_astro\/.+\.webp$/);
      expect(requests.some((u) => /\.(mp4|webm)$/.test(u))).toBe(false);

      // Every caption file is served as WebVTT.
      const tracks = await page.locator('video track').evaluateAll((els) =>
        (els as HTMLTrackElement[]).map((t) => ({ src: t.getAttribute('src')!, lang: t.srclang, kind: t.kind, label: t.label })),
      );
      expect(tracks.map((t) => t.lang).sort()).toEqual(v.data.captions.map((c: { lang: string }) => c.lang).sort());
      for (const t of tracks) {
        expect(t.kind).toBe('captions');
        expect(t.label).not.toBe('');
        const res = await page.request.get(server.url + t.src);
        expect(res.status(), t.src).toBe(200);
        expect((await res.text()).startsWith('WEBVTT'), t.src).toBe(true);
      }

      // The browser parses every track into cues.
      const loaded = await page.evaluate(async () => {
        const el = document.querySelector('video')!;
        for (const tt of Array.from(el.textTracks)) tt.mode = 'hidden';
        const trackEls = Array.from(el.querySelectorAll('track'));
        await Promise.all(trackEls.map((t) => (t.readyState === 2 ? null : new Promise((r, j) => { t.addEventListener('load', r); t.addEventListener('error', j); }))));
        return Array.from(el.textTracks).map((tt) => ({ lang: tt.language, cues: tt.cues?.length ?? 0 }));
      });
      expect(loaded.length).toBe(tracks.length);
      for (const t of loaded) expect(t.cues, t.lang).toBeGreaterThan(0);

      // Plays (muted, as a reader's first press would on a device that blocks sound).
      const played = await page.evaluate(async () => {
        const el = document.querySelector('video')!;
        el.muted = true;
        await el.play();
        await new Promise((r) => setTimeout(r, 1200));
        return { time: el.currentTime, error: el.error?.code ?? null, size: [el.videoWidth, el.videoHeight] };
      });
      expect(played.error).toBeNull();
      expect(played.time).toBeGreaterThan(0.3);
      expect(played.size[0]).toBeGreaterThan(0);
      expect(requests.some((u) => u.endsWith(v.data.video.file.replace(/^\.\//, '')))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the native controls are reachable with the keyboard', async () => {
    const v = byProvider('self');
    const context = await browser.newContext();
    try {
      const { page } = await openRecorded(context, entryUrl('videos', v.id));
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.tagName === 'VIDEO');
      }
      expect(reached).toBe(true);
    } finally {
      await context.close();
    }
  });
});
