/**
 * One share-image renderer thread (started by prerenderPosters() in og.ts):
 * receives poster trees, draws them with satori, rasterises with sharp and
 * writes them to the cache, so page rendering only reads files. Plain JS
 * loaded by Node itself, outside Vite's bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFile, rename, writeFile } from 'node:fs/promises';
import satori from 'satori';
import sharp from 'sharp';
import { withoutBoxMasks } from './og-svg.mjs';

const { fonts: fontFiles, width, height, png: pngOptions } = workerData;
// Each thread owns one core: libvips's own thread pool would only compete with the others.
sharp.concurrency(1);
const fonts = await Promise.all(
  fontFiles.map(async ({ name, file, weight }) => {
    const data = await readFile(file);
    return { name, weight, style: 'normal', data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) };
  }),
);

parentPort.on('message', async ({ tree, file }) => {
  try {
    const svg = withoutBoxMasks(await satori(tree, { width, height, fonts }));
    const png = await sharp(Buffer.from(svg)).resize(width, height).png(pngOptions).toBuffer();
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temp, png);
    await rename(temp, file);
    parentPort.postMessage({ file });
  } catch (err) {
    parentPort.postMessage({ file, error: String(err?.stack ?? err) });
  }
});
