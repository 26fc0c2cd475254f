/**
 * A CMS test bench: a throwaway git copy of the project, the real
 * decap-server (git mode, loopback only) working on it, and the real admin
 * page (written by cms/integration.ts) served on 127.0.0.1. The working tree
 * is never touched: decap-server commits and switches branches in the copy.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build';
import { serveDist, type StaticServer } from './server';
import { tempProject, type TempProject } from './temp-project';
import { writeAdmin, type AdminBuild } from '../../cms/integration';

export const DECAP_SERVER = join(ROOT, 'node_modules/decap-server/dist/index.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A git repository in `dir` with everything committed on main, as a fresh clone would be. */
export function gitInit(dir: string) {
  writeFileSync(join(dir, '.gitignore'), 'node_modules\ndist/\ndist-*/\n.astro/\n.cache/\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'cms-test@example.org');
  git('config', 'user.name', 'CMS test');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '-m', 'Site as cloned');
  return git;
}

/** Starts decap-server the way scripts/start.mjs does; resolves once its API answers. */
export async function startDecapServer(repo: string, port: number, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; log: () => string; stop: () => Promise<void> }> {
  let log = '';
  const child = spawn(process.execPath, [DECAP_SERVER], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repo, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`decap-server exited:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`decap-server did not answer on ${port}:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, log: () => log, stop };
}

export interface CmsBench {
  project: TempProject;
  git: (...args: string[]) => string;
  port: number;
  admin: AdminBuild;
  site: StaticServer;
  /** The admin page URL (ends with /admin/). */
  adminUrl: string;
  serverLog: () => string;
  stop: () => Promise<void>;
}

export async function startCmsBench(): Promise<CmsBench> {
  const project = tempProject('ydv-cms-');
  const git = gitInit(project.dir);
  const port = await freePort();
  const server = await startDecapServer(project.dir, port);
  const siteDir = mkdtempSync(join(tmpdir(), 'ydv-cms-admin-'));
  writeFileSync(join(siteDir, '404.html'), '<!doctype html><title>Not found</title>');
  const admin = await writeAdmin(
    join(siteDir, 'admin'),
    { backend: { name: 'github', repo: 'example/site', branch: 'main' }, localBackend: `http://127.0.0.1:${port}/api/v1` },
    { root: ROOT },
  );
  const site = await serveDist(siteDir);
  return {
    project,
    git,
    port,
    admin,
    site,
    adminUrl: `${site.url}/admin/`,
    serverLog: server.log,
    stop: async () => {
      await server.stop();
      await site.close();
      rmSync(siteDir, { recursive: true, force: true });
      project.cleanup();
    },
  };
}
