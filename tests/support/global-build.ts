/**
 * Builds the real site once before the `site` tests. Set YDV_REUSE_DIST=1 to
 * reuse an existing dist/ while iterating on tests locally.
 */
import { existsSync, statSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, DIST } from './build';
import { invalidateBaseBuild } from './base-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** When the shared build started (ms): what was written earlier (npm run lint's caches, say) is not the build's. */
    buildStartedMs: number;
  }
}

export default async function setup(project: TestProject) {
  invalidateBaseBuild();
  if (process.env.YDV_REUSE_DIST === '1' && existsSync(`${DIST}/index.html`)) {
    // Reused dist/: its start is unknown, so allow the longest build we see.
    project.provide('buildStartedMs', statSync(`${DIST}/index.html`).mtimeMs - 30 * 60_000);
    return;
  }
  const started = Date.now();
  await buildSite();
  project.provide('buildStartedMs', started);
}
