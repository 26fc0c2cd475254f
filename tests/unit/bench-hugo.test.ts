/**
 * The benchmark's Hugo peer must build what our site builds: every generated
 * story as its own bundle, with the very cover file ours encodes, and the
 * cover widths and quality read from our Cover component (not a copy that drifts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStories, toMarkdown } from '../../scripts/bench/generate.ts';
import { addHugoStories, coverSettings, writeHugoSite } from '../../scripts/bench/hugo.ts';
import { SITE } from '../../src/config/site';
import { ROOT } from '../support/build';

const tmp = mkdtempSync(join(tmpdir(), 'ydv-bench-hugo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const stories = generateStories({ count: 6, seed: 'hugo-peer' });
const [added] = generateStories({ count: 1, seed: 'hugo-peer:added' });
added!.id = 'bench-added';
added!.cover ??= { variant: 0, hue: 0, brightness: 1, saturation: 1 };

/** Stand-ins for the covers run.ts writes into the project copy: distinct bytes per story. */
const source = join(tmp, 'stories');
for (const s of [...stories, added!]) {
  mkdirSync(join(source, s.id), { recursive: true });
  if (s.cover) writeFileSync(join(source, s.id, 'cover.jpg'), `cover of ${s.id}`);
}

describe('Hugo peer site', () => {
  const site = join(tmp, 'site');
  const bundles = () => readdirSync(join(site, 'content/stories'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  it('writes one bundle per story: its index.md as generated, its own cover when it has one', () => {
    expect(stories.some((s) => s.cover) && stories.some((s) => !s.cover)).toBe(true);
    mkdirSync(join(site, 'content/stories/stale-from-last-run'), { recursive: true });
    expect(writeHugoSite(ROOT, site, stories, source)).toEqual({ stories: 6, covers: stories.filter((s) => s.cover).length });
    expect(bundles()).toEqual(stories.map((s) => s.id).sort());
    for (const s of stories) {
      expect(readFileSync(join(site, 'content/stories', s.id, 'index.md'), 'utf8')).toBe(toMarkdown(s));
      const cover = join(site, 'content/stories', s.id, 'cover.jpg');
      expect(existsSync(cover), s.id).toBe(Boolean(s.cover));
      if (s.cover) expect(readFileSync(cover, 'utf8')).toBe(`cover of ${s.id}`);
    }
  });

  it('asks Hugo for our page size and cover widths, and publishes no original cover', () => {
    const { widths, quality } = coverSettings(ROOT);
    const config = readFileSync(join(site, 'hugo.toml'), 'utf8');
    expect(config).toContain(`paginate = ${SITE.pageSize}\n`);
    expect(config).toContain(`cover_widths = [${widths.join(', ')}]\n`);
    expect(config).toContain(`cover_quality = ${quality}\n`);
    expect(readFileSync(join(site, 'content/stories/_index.md'), 'utf8')).toMatch(/publishResources: false/);
    for (const layout of ['_default/baseof.html', '_default/single.html', '_default/list.html', '_default/taxonomy.html', 'index.html', 'partials/cover.html'])
      expect(existsSync(join(site, 'layouts', layout)), layout).toBe(true);
  });

  it('adds one story beside the others for the add-one rebuild', () => {
    expect(addHugoStories(site, [added!], source)).toEqual({ stories: 1, covers: 1 });
    expect(bundles()).toEqual([...stories.map((s) => s.id), 'bench-added'].sort());
    expect(readFileSync(join(site, 'content/stories/bench-added/cover.jpg'), 'utf8')).toBe('cover of bench-added');
  });
});

describe('cover settings', () => {
  it("reads Cover.astro's widths (ascending), WebP and quality", () => {
    const { widths, format, quality } = coverSettings(ROOT);
    expect(widths.length).toBeGreaterThan(0);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(format).toBe('webp');
    expect(quality).toBeGreaterThan(0);
  });

  it('fails naming the file when the component no longer says them the same way', () => {
    const fake = join(tmp, 'fake');
    mkdirSync(join(fake, 'src/components'), { recursive: true });
    writeFileSync(join(fake, 'src/components/Cover.astro'), '---\nconst sizes = [320, 960];\n---\n<Image src={src} format="avif" quality={60} />\n');
    expect(() => coverSettings(fake)).toThrow(/src\/components\/Cover\.astro: could not read COVER_WIDTHS/);
    writeFileSync(join(fake, 'src/components/Cover.astro'), '---\nexport const COVER_WIDTHS = [320, 960];\n---\n<Image src={src} format="avif" quality={60} />\n');
    expect(coverSettings(fake)).toEqual({ widths: [320, 960], format: 'avif', quality: 60 });
  });
});
