/**
 * npm start: while decap-server has a draft branch checked out, the dev
 * server's file events wait, then replay once per changed file (issue 17).
 * Real git in a temporary repository; the watcher is an EventEmitter standing
 * in for Vite's.
 */
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardWatcher } from '../../cms/dev-git-guard';

describe('dev server git guard', () => {
  it('holds file events while HEAD is on a draft branch and replays each changed path once when it is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ydv-guard-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'start');
      const file = join(dir, 'a.md');
      writeFileSync(file, 'a');
      const watcher = new EventEmitter();
      const seen: string[] = [];
      watcher.on('change', (p: string) => seen.push(`change ${p}`));
      watcher.on('unlink', (p: string) => seen.push(`unlink ${p}`));
      const guard = guardWatcher(watcher, dir, 'main');

      watcher.emit('change', file);
      expect(seen).toEqual([`change ${file}`]);

      git('checkout', '-q', '-b', 'cms/stories/x/index');
      for (let i = 0; i < 50; i++) watcher.emit('change', file);
      watcher.emit('add', join(dir, 'gone.md'));
      await new Promise((r) => setTimeout(r, 700));
      expect(seen, 'nothing reaches the dev server while the draft branch is checked out').toHaveLength(1);

      git('checkout', '-q', 'main');
      await new Promise((r) => setTimeout(r, 700));
      expect(seen).toEqual([`change ${file}`, `change ${file}`, `unlink ${join(dir, 'gone.md')}`]);
      expect(guard.held()).toBe(51);

      // Back on the branch: events pass straight through again.
      watcher.emit('change', file);
      expect(seen).toHaveLength(4);
      guard.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
