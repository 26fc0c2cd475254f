/**
 * Can decap-server (git mode) work in this folder? It saves every CMS change
 * as a git commit on a branch and publishes by merging into the site's
 * branch, so it needs a git repository with a commit on a checked-out branch,
 * and a clean work tree: it commits with `git add .`, so a half-finished
 * change of yours would end up inside a CMS draft.
 */
import { execFileSync } from 'node:child_process';

export interface CmsRepoState {
  ok: boolean;
  branch?: string;
  problem?: 'no-git' | 'not-a-repo' | 'no-commit' | 'detached' | 'dirty';
  details?: string[];
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const tryGit = (dir: string, ...args: string[]) => {
  try {
    return git(dir, ...args);
  } catch {
    return undefined;
  }
};

export function cmsRepoState(dir: string): CmsRepoState {
  if (tryGit(dir, '--version') === undefined) return { ok: false, problem: 'no-git' };
  if (tryGit(dir, 'rev-parse', '--is-inside-work-tree') !== 'true') return { ok: false, problem: 'not-a-repo' };
  if (tryGit(dir, 'rev-parse', '--verify', '--quiet', 'HEAD') === undefined) return { ok: false, problem: 'no-commit' };
  const branch = tryGit(dir, 'symbolic-ref', '--quiet', '--short', 'HEAD');
  if (!branch) return { ok: false, problem: 'detached' };
  const dirty = (tryGit(dir, 'status', '--porcelain') ?? '').split('\n').filter(Boolean);
  if (dirty.length) return { ok: false, branch, problem: 'dirty', details: dirty };
  return { ok: true, branch };
}

/** What to tell the person running `npm start`, in plain words. */
export function explain(state: CmsRepoState): string {
  switch (state.problem) {
    case 'no-git':
      return 'git is not installed, so the CMS cannot save anything (it stores every change as a git commit). Install git, then run npm start again.';
    case 'not-a-repo':
      return 'This folder is not a git repository, so the CMS cannot save anything (it stores every change as a git commit).\n  Get the project with "git clone", or turn this folder into a repository:\n    git init -b main && git add -A && git commit -m "Start"';
    case 'no-commit':
      return 'This git repository has no commit yet, so the CMS has no branch to work on. Make a first commit:\n    git add -A && git commit -m "Start"';
    case 'detached':
      return 'No branch is checked out (detached HEAD), so the CMS would not know where to publish. Check out the site branch: git switch main';
    case 'dirty': {
      const details = state.details ?? [];
      return [
        `You have ${details.length} uncommitted change(s). The CMS commits everything in this folder when it saves, so your change would end up inside a CMS draft:`,
        ...details.slice(0, 10).map((l) => `    ${l}`),
        ...(details.length > 10 ? ['    …'] : []),
        '  Commit or stash them first (git stash), or start anyway with: npm start -- --allow-dirty',
      ].join('\n');
    }
    default:
      return '';
  }
}
