/**
 * The build reuses exactly the folders src/deploy/caches.ts lists (which the
 * CI recipes cache): after the real build each exists and holds something,
 * and no other cache folder was written by it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../support/build';
import { BUILD_CACHES } from '../../src/deploy/caches';

describe('build caches', () => {
  it('are the folders src/deploy/caches.ts lists, and no others', () => {
    for (const dir of Object.values(BUILD_CACHES)) {
      expect(existsSync(join(ROOT, dir)), dir).toBe(true);
      expect(readdirSync(join(ROOT, dir)).length, `${dir} is empty after a build`).toBeGreaterThan(0);
    }
    // Cache folders written since the build started (older ones may belong to other tools on this machine).
    const built = statSync(join(DIST, 'index.html')).mtimeMs - 30 * 60_000;
    const written = ['.cache', 'node_modules/.cache']
      .filter((parent) => existsSync(join(ROOT, parent)))
      .flatMap((parent) => readdirSync(join(ROOT, parent)).map((name) => `${parent}/${name}`))
      .filter((dir) => statSync(join(ROOT, dir)).mtimeMs >= built);
    expect(written.length).toBeGreaterThan(0);
    for (const dir of written) expect(Object.values(BUILD_CACHES), `${dir} is a cache the CI recipes do not keep`).toContain(dir);
  });
});
