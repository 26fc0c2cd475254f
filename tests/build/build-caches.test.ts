/**
 * The build reuses exactly the folders src/deploy/caches.ts lists (which the
 * CI recipes cache): after the real build each exists and holds something,
 * and no other cache folder was written by it.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/build';
import { BUILD_CACHES } from '../../src/deploy/caches';

describe('build caches', () => {
  it('are the folders src/deploy/caches.ts lists, and no others', () => {
    for (const dir of Object.values(BUILD_CACHES)) {
      expect(existsSync(join(ROOT, dir)), dir).toBe(true);
      expect(readdirSync(join(ROOT, dir)).length, `${dir} is empty after a build`).toBeGreaterThan(0);
    }
    // Cache folders the build wrote or touched (compress.ts refreshes the mtime of each copy it
    // reuses). Older ones belong to other tools: knip, run by `npm test` just before, leaves
    // node_modules/.cache/jiti.
    const started = inject('buildStartedMs');
    const touched = (path: string): boolean =>
      statSync(path).mtimeMs >= started ||
      (statSync(path).isDirectory() && readdirSync(path).some((name) => touched(join(path, name))));
    const written = ['.cache', 'node_modules/.cache']
      .filter((parent) => existsSync(join(ROOT, parent)))
      .flatMap((parent) => readdirSync(join(ROOT, parent)).map((name) => `${parent}/${name}`))
      .filter((dir) => touched(join(ROOT, dir)));
    expect(written.length).toBeGreaterThan(0);
    for (const dir of written) expect(Object.values(BUILD_CACHES), `${dir} is a cache the CI recipes do not keep`).toContain(dir);
  });
});
