/**
 * Audio pages in Chromium on a phone (issue 15): the native player fetches
 * nothing of the recording before the reader presses play, it is reached and
 * started with the keyboard, and the size shown matches the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST } from '../support/build';
import { serveDist, type StaticServer } from '../support/server';
import { launchBrowser } from '../support/browser';
import { entryUrl, frontmatter, partition } from '../support/entries';

const entries = partition('audio').pub.map((id) => ({ id, data: frontmatter('audio', id) }));

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

describe('audio player', () => {
  for (const { id, data } of entries) {
    it(`${id}: nothing fetched before play; Tab reaches the player and Space plays it`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.route('**/*', (route) => (new URL(route.request().url()).origin === server.url ? route.continue() : route.abort('blockedbyclient')));
        await page.goto(server.url + entryUrl('audio', id), { waitUntil: 'networkidle' });
        const file = `/media/audio/${id}/${data.audio.replace('./', '')}`;
        expect(requests.filter((u) => u.includes('/media/audio/')), 'before play').toEqual([]);
        expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'))).toEqual([]);
        // The size shown is the size served.
        expect(Number(await page.locator('[data-size]').getAttribute('data-size'))).toBe(statSync(join(DIST, file)).size);
        // The player is on screen at phone width.
        const box = (await page.locator('audio').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        let reached = false;
        for (let i = 0; i < 40 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate(() => document.activeElement?.tagName === 'AUDIO');
        }
        expect(reached, 'Tab reaches the player').toBe(true);
        await page.keyboard.press('Space');
        await page.waitForFunction(() => !(document.querySelector('audio') as HTMLAudioElement).paused, undefined, { timeout: 5000 });
        await page.waitForTimeout(300);
        expect(requests.some((u) => u.endsWith(file)), 'fetched after play').toBe(true);
      } finally {
        await context.close();
      }
    });
  }
});
