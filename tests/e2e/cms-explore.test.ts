import { afterAll, beforeAll, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startCmsBench, type CmsBench } from '../support/cms';
let bench: CmsBench; let browser: Browser;
beforeAll(async () => { bench = await startCmsBench(); browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); await bench?.stop(); });
test('explore', async () => {
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() !== 'debug') console.log('console', m.type(), m.text().slice(0, 200)); });
  await page.goto(bench.adminUrl + '#/collections/share/new?campaign=climate-voices');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForTimeout(4000);
  await page.screenshot({ path: '.cache/cmsscratch/e1.png' });
  writeFileSync('.cache/cmsscratch/e1.html', await page.content());
}, 120_000);
