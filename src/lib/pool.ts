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
