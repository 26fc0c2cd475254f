/**
 * Precompressed copies of text files (file.gz, file.br beside file), so hosts
 * that serve them (nginx gzip_static, Caddy's precompressed, many CDNs) spend
 * no CPU per request and can use the best compression levels. Pagefind's own
 * chunks (.pf_*, .pagefind) are compressed already and are left alone.
 * Results are cached by content hash in node_modules/.cache/ydv-compress/:
 * a rebuild only compresses files whose bytes changed (Decap's 6 MB never).
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { BUILD_CACHES } from './caches';
import { pool } from '../lib/pool';

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

/**
 * Puts a cached copy at `dest` as a hard link: no bytes are written, which
 * matters right after a build has written hundreds of MB (the disk is still
 * flushing them). A copy where links cannot go (another file system). `dest`
 * is removed first, so no write ever goes through a link into the cache.
 */
async function place(cached: string, dest: string) {
  await rm(dest, { force: true });
  await link(cached, dest).catch(() => copyFile(cached, dest));
}

/**
 * Writes `dest` (the .gz or .br beside a file) when the encoding is smaller than
 * the file, from the cache when it holds it. Resolves to [encoded size, from cache].
 */
async function writeEncoded(data: Buffer, hash: string, kind: keyof typeof ENCODERS, quality: number, dest: string, cacheDir: string | undefined): Promise<[number, boolean]> {
  const cached = cacheDir && join(cacheDir, kind === 'br' ? `${hash}.q${quality}.br` : `${hash}.gz`);
  if (cached) {
    const hit = await stat(cached).catch(() => undefined);
    if (hit) {
      // Marks it as used, for pruneCache().
      const now = new Date();
      await Promise.all([utimes(cached, now, now), hit.size < data.length ? place(cached, dest) : undefined]);
      return [hit.size, true];
    }
  }
  const out = await ENCODERS[kind](data, quality);
  if (cached) {
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, out);
    await rename(temp, cached);
  }
  if (out.length < data.length) {
    await rm(dest, { force: true });
    await writeFile(dest, out);
  }
  return [out.length, false];
}

/** Files a pass compressed, with the modification time they had then: a later pass skips them unless they changed. */
export type Compressed = Map<string, number>;

export interface PrecompressOptions {
  cacheDir?: string | undefined;
  /** Only paths (relative to `dir`, with /) it accepts; the others are left to a later pass. */
  only?: (relativePath: string) => boolean;
  /** Filled with what this pass compressed, and read to skip what an earlier pass did. */
  done?: Compressed;
  /** Drop cache entries unused for two weeks (once per build: in its last pass). */
  prune?: boolean;
}

/** Writes .gz and .br beside every text file of `dir` at least MIN_BYTES long, when they are smaller than it. */
export async function precompress(dir: string, { cacheDir = COMPRESS_CACHE_DIR, only = () => true, done = new Map(), prune = true }: PrecompressOptions = {}): Promise<CompressReport> {
  const report: CompressReport = { files: 0, bytes: 0, gzip: 0, brotli: 0, fromCache: 0 };
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const paths: string[] = [];
  for await (const path of walk(dir)) if (only(relative(dir, path).split(sep).join('/'))) paths.push(path);
  // zlib and file access share libuv's thread pool (4 threads): a few files in flight keep it busy.
  await pool(paths, 8, async (path) => {
    const { mtimeMs } = await stat(path);
    if (done.get(path) === mtimeMs) return;
    const data = await readFile(path);
    if (data.length < MIN_BYTES) return;
    const hash = createHash('sha256').update(data).digest('hex');
    const quality = brotliQuality(relative(dir, path).split(sep).join('/'), data.length);
    const [[g, gHit], [b, bHit]] = await Promise.all([
      writeEncoded(data, hash, 'gz', 9, `${path}.gz`, cacheDir),
      writeEncoded(data, hash, 'br', quality, `${path}.br`, cacheDir),
    ]);
    done.set(path, mtimeMs);
    report.files++;
    report.bytes += data.length;
    if (gHit && bHit) report.fromCache++;
    if (g < data.length) report.gzip += g;
    if (b < data.length) report.brotli += b;
  });
  if (cacheDir && prune) await pruneCache(cacheDir);
  return report;
}

/** Two passes' reports as one. */
export const addReports = (a: CompressReport, b: CompressReport): CompressReport => ({
  files: a.files + b.files,
  bytes: a.bytes + b.bytes,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
  fromCache: a.fromCache + b.fromCache,
});

/** Drops cached copies no build has used for `days` days (files since changed or deleted), so CI caches stay small. */
export async function pruneCache(cacheDir: string, days = 14) {
  const cutoff = Date.now() - days * 86_400_000;
  await pool(await readdir(cacheDir), 16, async (name) => {
    const path = join(cacheDir, name);
    if ((await stat(path)).mtimeMs < cutoff) await rm(path, { force: true });
  });
}
