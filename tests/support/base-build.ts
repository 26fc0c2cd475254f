/**
 * A second real build of the site under a base path, as a GitHub Pages project
 * site is served (https://<owner>.github.io/<repo>/). Built at most once per
 * test run, by the first test file that asks (global-build.ts clears the
 * marker), so test files that do not need it cost nothing.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, ROOT } from './build';

export const BASE_PATH = '/voices/';
export const DIST_BASE = resolve(ROOT, process.env.YDV_DIST_BASE ?? 'dist-base');
const MARKER = join(DIST_BASE, '.ydv-test-build');

/** Called by the global setup: the next ensureBaseBuild() builds afresh (unless YDV_REUSE_DIST=1). */
export function invalidateBaseBuild() {
  if (process.env.YDV_REUSE_DIST !== '1') rmSync(MARKER, { force: true });
}

export async function ensureBaseBuild(): Promise<string> {
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === BASE_PATH) return DIST_BASE;
  await buildSite({ env: { BASE_PATH }, args: ['--outDir', DIST_BASE] });
  writeFileSync(MARKER, BASE_PATH);
  return DIST_BASE;
}
