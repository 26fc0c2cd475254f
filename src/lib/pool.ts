import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Runs `task` over `items`, `limit` at a time, starting the next item as soon
 * as one ends: unlike batches, one slow item (a brotli-11 bundle, a long page)
 * holds up nothing. Rejects with the first error once the running tasks end.
 */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The text of `files` (relative to `dir`), in the given order, read up to `ahead` files in advance. */
export async function* readInOrder(dir: string, files: readonly string[], ahead = 16): AsyncGenerator<[string, string]> {
  const queue: Promise<string>[] = [];
  let next = 0;
  for (const file of files) {
    while (queue.length < ahead && next < files.length) queue.push(readFile(join(dir, files[next++]!), 'utf8'));
    yield [file, await queue.shift()!];
  }
}
