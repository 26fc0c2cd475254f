/**
 * Builds the real site once before the `site` tests. Set YDV_REUSE_DIST=1 to
 * reuse an existing dist/ while iterating on tests locally.
 */
import { existsSync } from 'node:fs';
import { buildSite, DIST } from './build';
import { invalidateBaseBuild } from './base-build';

export default async function setup() {
  invalidateBaseBuild();
  if (process.env.YDV_REUSE_DIST === '1' && existsSync(`${DIST}/index.html`)) return;
  await buildSite();
}
