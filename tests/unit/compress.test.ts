/**
 * Precompression (src/deploy/compress.ts): the copies decompress to the file,
 * shared assets get brotli's best level and documents a fast one, and a second
 * build takes every copy from the cache.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { brotliQuality, precompress } from '../../src/deploy/compress';

const text = (seed: string) => Array.from({ length: 400 }, (_, i) => `<p class="card">${seed} story ${i} about climate and family</p>`).join('\n');

describe('precompress', () => {
  it('writes .gz and .br copies that decompress to the file, documents at a fast brotli level, shared assets at the best', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'ydv-compress-'));
    const cache = mkdtempSync(join(tmpdir(), 'ydv-compress-cache-'));
    mkdirSync(join(dist, 'en/stories/a'), { recursive: true });
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'en/stories/a/index.html'), text('page'));
    writeFileSync(join(dist, '_astro/client.js'), text('script'));
    writeFileSync(join(dist, 'tiny.txt'), 'too small to gain');

    const first = await precompress(dist, { cacheDir: cache });
    expect(first).toMatchObject({ files: 2, fromCache: 0 });
    for (const file of ['en/stories/a/index.html', '_astro/client.js']) {
      const original = readFileSync(join(dist, file));
      expect(gunzipSync(readFileSync(join(dist, `${file}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(dist, `${file}.br`)))).toEqual(original);
    }
    expect(readdirSync(dist)).not.toContain('tiny.txt.br');
    expect(readdirSync(cache).filter((f) => f.endsWith('.br')).map((f) => f.split('.')[1]).sort()).toEqual(['q11', 'q5']);

    // A rebuild starts from an empty dist/: the copies come back from the cache, byte for byte.
    for (const file of ['en/stories/a/index.html', '_astro/client.js']) for (const ext of ['.gz', '.br']) rmSync(join(dist, `${file}${ext}`));
    const second = await precompress(dist, { cacheDir: cache });
    expect(second).toEqual({ ...first, fromCache: 2 });
    for (const file of ['en/stories/a/index.html', '_astro/client.js']) {
      const original = readFileSync(join(dist, file));
      expect(gunzipSync(readFileSync(join(dist, `${file}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(dist, `${file}.br`)))).toEqual(original);
    }

    // The page changes without dist/ being emptied: its new copies must not be written through into the cached old ones.
    const cachedBefore = new Map(readdirSync(cache).map((f) => [f, readFileSync(join(cache, f))]));
    writeFileSync(join(dist, 'en/stories/a/index.html'), text('changed page'));
    expect(await precompress(dist, { cacheDir: cache })).toMatchObject({ files: 2, fromCache: 1 });
    expect(gunzipSync(readFileSync(join(dist, 'en/stories/a/index.html.gz'))).toString()).toBe(text('changed page'));
    for (const [f, bytes] of cachedBefore) expect(readFileSync(join(cache, f)), f).toEqual(bytes);
  });

  it('chooses the level by where the file is served from and its size', () => {
    expect(brotliQuality('fr/stories/x/index.html', 40_000)).toBe(5);
    expect(brotliQuality('en/rss.xml', 40_000)).toBe(5);
    expect(brotliQuality('_astro/search.js', 9_000)).toBe(11);
    expect(brotliQuality('pagefind/pagefind.js', 30_000)).toBe(11);
    expect(brotliQuality('admin/admin.js', 4_800_000)).toBe(9);
  });

  it('in two passes, leaves to the second what the first excluded or what changed since, and compresses nothing twice', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'ydv-compress-'));
    const cache = mkdtempSync(join(tmpdir(), 'ydv-compress-cache-'));
    mkdirSync(join(dist, 'en'));
    mkdirSync(join(dist, 'pagefind'));
    writeFileSync(join(dist, 'en/index.html'), text('home'));
    writeFileSync(join(dist, 'en/about.html'), text('about'));
    const done = new Map<string, number>();
    const first = await precompress(dist, { cacheDir: cache, done, prune: false, only: (p) => !p.startsWith('pagefind/') });
    expect(first).toMatchObject({ files: 2, fromCache: 0 });
    // Written after the first pass: a file the first pass excluded, and a page rewritten.
    writeFileSync(join(dist, 'pagefind/pagefind.js'), text('search'));
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(dist, 'en/about.html'), text('about, rewritten'));
    const second = await precompress(dist, { cacheDir: cache, done });
    expect(second).toMatchObject({ files: 2, fromCache: 0 });
    for (const file of ['en/index.html', 'en/about.html', 'pagefind/pagefind.js'])
      expect(gunzipSync(readFileSync(join(dist, `${file}.gz`))), file).toEqual(readFileSync(join(dist, file)));
  });
});
