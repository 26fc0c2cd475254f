/**
 * Vite's dependency scan (astro dev, npm start) finds script tags in .astro
 * files with a regular expression, comments included: a tag written in a
 * frontmatter comment made it parse prose as JavaScript and print a red
 * "Failed to run dependency scan" error. Keep frontmatter free of them.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/build';

const astroFiles = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.astro'));

describe('.astro sources', () => {
  it('have no script tag inside their frontmatter (comments included)', () => {
    expect(astroFiles.length).toBeGreaterThan(20);
    const bad = astroFiles.filter((f) => {
      const front = readFileSync(join(ROOT, 'src', f), 'utf8').split(/^---$/m)[1] ?? '';
      return /<script\b/i.test(front);
    });
    expect(bad).toEqual([]);
  });
});
