/**
 * Under `npm start`, decap-server (git mode) checks out draft branches in the
 * working folder for a moment on every save and every read of a draft, and
 * the dev server would reload entries for each file it swaps (1,357 reloads in
 * one editing session, and schema errors for half-written files; issue 17).
 *
 * While HEAD is not the branch `npm start` began on (YDV_DEV_HOLD_BRANCH), this
 * holds back the file watcher's events; once HEAD is back, it replays one event
 * per path that changed meanwhile, so the dev server reloads once, with the
 * files as they are on that branch (including a just-published entry).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { EventEmitter } from 'node:events';

type WatchEvent = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir' | 'all';

export interface GitGuard {
  /** Events held back so far (for the log and tests). */
  held: () => number;
  stop: () => void;
}

/** Reads HEAD's branch straight from the git directory (cheap enough for every watcher event). */
export function headReader(root: string): () => string | undefined {
  const path = execFileSync('git', ['rev-parse', '--git-path', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const file = isAbsolute(path) ? path : join(root, path);
  return () => {
    try {
      return /^ref: refs\/heads\/(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
    } catch {
      return undefined;
    }
  };
}

/** Wraps `watcher.emit` so file events wait while HEAD is off `branch`. */
export function guardWatcher(watcher: EventEmitter, root: string, branch: string, log: (message: string) => void = () => {}): GitGuard {
  const head = headReader(root);
  const emit = watcher.emit.bind(watcher);
  const pending = new Map<string, WatchEvent>();
  let held = 0;
  let timer: NodeJS.Timeout | undefined;

  const release = () => {
    if (head() !== branch) return;
    clearInterval(timer);
    timer = undefined;
    const paths = [...pending.keys()];
    pending.clear();
    log(`decap-server is back on ${branch}: ${paths.length} changed file(s) reloaded once (${held} watcher events held back)`);
    for (const path of paths) {
      if (existsSync(path)) emit('change', path);
      else emit('unlink', path);
    }
  };

  watcher.emit = ((event: string | symbol, ...args: unknown[]) => {
    const fileEvent = ['add', 'change', 'unlink'].includes(event as string) && typeof args[0] === 'string';
    if (!fileEvent || (pending.size === 0 && head() === branch)) return emit(event, ...args);
    held++;
    pending.set(args[0] as string, event as WatchEvent);
    // Wait for HEAD to come back, then a short quiet moment for the last files of the checkout.
    timer ??= setInterval(release, 300);
    return true;
  }) as typeof watcher.emit;

  return {
    held: () => held,
    stop: () => {
      clearInterval(timer);
      watcher.emit = emit as typeof watcher.emit;
    },
  };
}
