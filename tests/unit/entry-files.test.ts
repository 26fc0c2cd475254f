import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { imageFields, imageProblems, storedImageFields } from '../../src/lib/entry-files';

describe('entry images', () => {
  it('finds every image() value with its field path', () => {
    const data = { cover: { src: '__ASTRO_IMAGE_./cover.jpg', alt: 'x' }, hero: [{ src: '__ASTRO_IMAGE_./a.png' }], title: 'Not an image' };
    expect(imageFields(data)).toEqual([['cover.src', './cover.jpg'], ['hero.0.src', './a.png']]);
    // As Astro stores it: marker stripped, paths listed in imageImports.
    const stored = { data: { cover: { src: './cover.jpg', alt: 'x' }, hero: [{ src: './a.png' }] }, imageImports: [['cover', 'src'], ['hero', 0, 'src']] };
    expect(storedImageFields(stored)).toEqual([['cover.src', './cover.jpg'], ['hero.0.src', './a.png']]);
  });

  it('names the file, the field and the fix for missing, oversized and unreadable images', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ydv-files-'));
    mkdirSync(join(root, 'content/stories/s'), { recursive: true });
    await sharp({ create: { width: 6100, height: 100, channels: 3, background: '#888' } }).jpeg().toFile(join(root, 'content/stories/s/wide.jpg'));
    writeFileSync(join(root, 'content/stories/s/heavy.jpg'), Buffer.alloc(9 * 1024 * 1024));
    await sharp({ create: { width: 200, height: 100, channels: 3, background: '#888' } }).jpeg().toFile(join(root, 'content/stories/s/ok.jpg'));
    const img = (p: string) => `__ASTRO_IMAGE_${p}`;
    const problems = await imageProblems(
      imageFields({ a: img('./missing.jpg'), b: img('./wide.jpg'), c: img('./heavy.jpg'), d: img('./ok.jpg'), e: img('https://example.org/x.jpg') }),
      'content/stories/s/index.md',
      root,
    );
    expect(problems).toEqual([
      'content/stories/s/index.md: a is "./missing.jpg", but there is no such file beside index.md. Add the image or correct the name.',
      'content/stories/s/index.md: b (./wide.jpg) is 6100×100 pixels. Resize it so neither side is over 6000 pixels (2000 is plenty).',
      'content/stories/s/index.md: c (./heavy.jpg) is 9.0 MB. Images must be under 8 MB: export it smaller (JPEG, 2000 pixels wide) and replace it.',
      'content/stories/s/index.md: c (./heavy.jpg) is not an image sharp can read. Use a JPEG, PNG or WebP file.',
      'content/stories/s/index.md: e is a web address (https://example.org/x.jpg). Download the image, put it beside index.md and write ./name.jpg instead.',
    ]);
  });
});
