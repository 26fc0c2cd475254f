/**
 * Astro copies every image a content entry imports into dist/_astro, even
 * when no page shows that original: a draft's cover, a withdrawn story's
 * photo, all with their EXIF and GPS. After the build this deletes every
 * byte-identical copy of an image from content/, and fails the build if a
 * page points at one (a page must show resized copies, never the original).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInOrder } from '../lib/pool';

export const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;
const TEXT_FILE = /\.(?:html|xml|json|js|mjs|css|txt|webmanifest)$/i;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Copies of source images in `distDir`, and the built files that refer to them.
 * Only dist images of the same byte size as a source are hashed, and text files
 * are read a few at a time: at 10,000 stories dist/ holds 2 GB of HTML and images.
 */
export async function findOriginals(contentDir: string, distDir: string) {
  const sourcesBySize = new Map<number, string[]>();
  for (const f of files(contentDir).filter((f) => IMAGE_FILE.test(f))) {
    const size = statSync(f).size;
    sourcesBySize.set(size, [...(sourcesBySize.get(size) ?? []), f]);
  }
  const sourceHashes = new Map<string, string>();
  const hashOf = (f: string) => sourceHashes.get(f) ?? sourceHashes.set(f, sha(f)).get(f)!;
  const copies = files(distDir)
    .filter((f) => IMAGE_FILE.test(f) && sourcesBySize.has(statSync(f).size))
    .flatMap((f) => {
      const hash = sha(f);
      const source = sourcesBySize.get(statSync(f).size)!.find((s) => hashOf(s) === hash);
      return source ? [{ copy: f, source, usedBy: [] as string[] }] : [];
    });
  if (copies.length) {
    const texts = files(distDir)
      .filter((f) => TEXT_FILE.test(f))
      .map((f) => relative(distDir, f));
    for await (const [f, text] of readInOrder(distDir, texts)) for (const c of copies) if (text.includes(basename(c.copy))) c.usedBy.push(f);
  }
  return copies;
}

export default function noOriginals(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'ydv-no-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const found = await findOriginals(join(root, 'content'), distDir);
        const used = found.filter((f) => f.usedBy.length);
        if (used.length) {
          throw new AstroError(
            `These pages publish an original image from content/, with whatever camera and location data it holds:\n` +
              used.map((u) => `- ${relative(root, u.source)} in ${u.usedBy.slice(0, 3).join(', ')}`).join('\n'),
            'Show images with <Image>/<Cover> or getImage(), and read their size through imageMeta() from src/lib/images.ts, never image.src or image.width directly.',
          );
        }
        for (const { copy } of found) unlinkSync(copy);
        if (found.length) logger.info(`removed ${found.length} unused original image${found.length > 1 ? 's' : ''} (drafts, withdrawn or unshown entries)`);
      },
    },
  };
}
