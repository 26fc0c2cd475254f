/**
 * `npm start` only starts decap-server (git mode) where it can work safely:
 * a git repository with a commit, on a branch, with nothing uncommitted
 * (decap-server commits with `git add .`). Each refusal says what to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmsRepoState, explain } from '../../scripts/start-checks.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'ydv-start-check-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { dir, git };
}

function repo() {
  const f = folder();
  f.git('init', '-q', '-b', 'main');
  f.git('config', 'user.email', 't@example.org');
  f.git('config', 'user.name', 'T');
  writeFileSync(join(f.dir, 'README.md'), 'x\n');
  return f;
}

describe('npm start: may the CMS backend run here?', () => {
  it('not in a folder that is not a git repository (a downloaded zip), and says how to fix it', () => {
    const { dir } = folder();
    const state = cmsRepoState(dir);
    expect(state).toMatchObject({ ok: false, problem: 'not-a-repo' });
    expect(explain(state)).toContain('git init -b main');
  });

  it('not before the first commit', () => {
    const { dir } = repo();
    expect(cmsRepoState(dir)).toMatchObject({ ok: false, problem: 'no-commit' });
  });

  it('yes in a fresh clone: committed, on a branch, clean; and it reports the branch to publish to', () => {
    const { dir, git } = repo();
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    expect(cmsRepoState(dir)).toEqual({ ok: true, branch: 'main' });
    git('switch', '-q', '-c', 'master');
    expect(cmsRepoState(dir)).toEqual({ ok: true, branch: 'master' });
  });

  it('not with uncommitted changes, which decap-server would sweep into a CMS draft, and lists them', () => {
    const { dir, git } = repo();
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    writeFileSync(join(dir, 'notes.txt'), 'half-finished\n');
    const state = cmsRepoState(dir);
    expect(state).toMatchObject({ ok: false, problem: 'dirty', branch: 'main' });
    expect(explain(state)).toContain('notes.txt');
    expect(explain(state)).toContain('--allow-dirty');
  });

  it('not on a detached HEAD', () => {
    const { dir, git } = repo();
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    git('checkout', '-q', '--detach');
    expect(cmsRepoState(dir)).toMatchObject({ ok: false, problem: 'detached' });
  });
});
