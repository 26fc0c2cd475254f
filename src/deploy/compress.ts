/**
 * Precompressed copies of text files (file.gz, file.br beside file), so hosts
 * that serve them (nginx gzip_static, Caddy's precompressed, many CDNs) spend
 * no CPU per request and can use the best compression levels. Pagefind's own
 * chunks (.pf_*, .pagefind) are compressed already and are left alone.
 * Results are cached by content hash in node_modules/.cache/ydv-compress/:
 * a rebuild only compresses files whose bytes changed (Decap's 6 MB never).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { BUILD_CACHES } from './caches';

export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.vtt', '.wasm', '.webmanifest']);
/** Below this, the headers of a compressed response outweigh the saving. */
export const MIN_BYTES = 512;
export const COMPRESS_CACHE_DIR = join(process.cwd(), BUILD_CACHES.compress);

const gz = promisify(gzip);
const br = promisify(brotliCompress);

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (COMPRESSIBLE.has(extname(entry.name))) yield path;
  }
}

export interface CompressReport { files: number; bytes: number; gzip: number; brotli: number; fromCache: number }

/**
 * Brotli's best level (11) is ~30× slower than level 5 and saves ~12 % on our
 * pages: worth it for the shared files every reader fetches (/_astro/, Pagefind's
 * scripts; above 1 MB level 9, as 11 costs ~13 s on Decap's bundle for 10 % less),
 * not for thousands of documents each fetched a few times, which made a cold
 * 1,000-story build spend 136 s here. gzip -9 costs little more than -6.
 */
export function brotliQuality(relativePath: string, size: number): number {
  if (!/^(?:_astro|pagefind|admin)\//.test(relativePath)) return 5;
  return size > 1024 * 1024 ? 9 : 11;
}

const ENCODERS = {
  gz: (data: Buffer) => gz(data, { level: 9 }),
  br: (data: Buffer, quality: number) => br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
} as const;

async function encoded(data: Buffer, hash: string, kind: keyof typeof ENCODERS, quality: number, cacheDir: string | undefined): Promise<[Buffer, boolean]> {
  const cached = cacheDir && join(cacheDir, kind === 'br' ? `${hash}.q${quality}.br` : `${hash}.gz`);
  if (cached) {
    try {
      const hit = await readFile(cached);
      // Marks it as used, for pruneCache().
      const now = new Date();
      await utimes(cached, now, now);
      return [hit, true];
    } catch {
      // Not cached yet.
    }
  }
  const out = await ENCODERS[kind](data, quality);
  if (cached) {
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, out);
    await rename(temp, cached);
  }
  return [out, false];
}

/** Writes .gz and .br beside every text file of `dir` at least MIN_BYTES long, when they are smaller than it. */
export async function precompress(dir: string, { cacheDir = COMPRESS_CACHE_DIR as string | undefined } = {}): Promise<CompressReport> {
  const report: CompressReport = { files: 0, bytes: 0, gzip: 0, brotli: 0, fromCache: 0 };
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const one = async (path: string) => {
    const { size } = await stat(path);
    if (size < MIN_BYTES) return;
    const data = await readFile(path);
    const hash = createHash('sha256').update(data).digest('hex');
    const quality = brotliQuality(relative(dir, path).split(sep).join('/'), size);
    const [[g, gHit], [b, bHit]] = await Promise.all([encoded(data, hash, 'gz', 9, cacheDir), encoded(data, hash, 'br', quality, cacheDir)]);
    report.files++;
    report.bytes += size;
    if (gHit && bHit) report.fromCache++;
    if (g.length < size) {
      await writeFile(`${path}.gz`, g);
      report.gzip += g.length;
    }
    if (b.length < size) {
      await writeFile(`${path}.br`, b);
      report.brotli += b.length;
    }
  };
  // A few at a time: zlib runs on libuv's thread pool (4 threads).
  const queue: Promise<void>[] = [];
  for await (const path of walk(dir)) {
    queue.push(one(path));
    if (queue.length >= 8) await Promise.all(queue.splice(0));
  }
  await Promise.all(queue);
  if (cacheDir) await pruneCache(cacheDir);
  return report;
}

/** Drops cached copies no build has used for `days` days (files since changed or deleted), so CI caches stay small. */
export async function pruneCache(cacheDir: string, days = 14) {
  const cutoff = Date.now() - days * 86_400_000;
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if ((await stat(path)).mtimeMs < cutoff) await rm(path, { force: true });
  }
}
