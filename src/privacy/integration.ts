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

export const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;
const TEXT_FILE = /\.(?:html|xml|json|js|mjs|css|txt|webmanifest)$/i;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Copies of source images in `distDir`, and the built files that refer to them. */
export function findOriginals(contentDir: string, distDir: string) {
  const sources = new Map(files(contentDir).filter((f) => IMAGE_FILE.test(f)).map((f) => [sha(f), f]));
  const copies = files(distDir)
    .filter((f) => IMAGE_FILE.test(f))
    .flatMap((f) => {
      const source = sources.get(sha(f));
      return source ? [{ copy: f, source }] : [];
    });
  const texts = copies.length ? files(distDir).filter((f) => TEXT_FILE.test(f)).map((f) => ({ f, text: readFileSync(f, 'utf8') })) : [];
  return copies.map((c) => ({ ...c, usedBy: texts.filter(({ text }) => text.includes(basename(c.copy))).map(({ f }) => relative(distDir, f)) }));
}

export default function noOriginals(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'ydv-no-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const found = findOriginals(join(root, 'content'), distDir);
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
