/** Debian's Chromium driven by playwright-core, with the flags this sandbox needs. */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../scripts/lib/chromium.ts';

export { CHROMIUM };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}
