/**
 * Debian's nginx serving a build with the shipped configuration
 * (deploy/nginx/site.conf, paths substituted) on a free loopback port, as the
 * current user, with its pid, logs and temp files in a temp folder.
 * `.ci/run` installs nginx (apt-get install nginx).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SITE_CONF = join(ROOT, 'deploy', 'nginx', 'site.conf');

export interface Nginx { url: string; dir: string; accessLog: () => string[]; close: () => Promise<void> }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = connect(port, '127.0.0.1', () => (c.end(), resolve(true)));
    c.once('error', () => resolve(false));
  });

/** Serve `dist` at `base` (e.g. '/voices/': the web root gets a folder of that name linking to dist). */
export async function startNginx(dist: string, base = '/'): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}. Install it with: apt-get install -y nginx`);
  const dir = mkdtempSync(join(tmpdir(), 'ydv-nginx-'));
  const www = join(dir, 'www');
  let root = dist;
  if (base !== '/') {
    const parts = base.split('/').filter(Boolean);
    mkdirSync(join(www, ...parts.slice(0, -1)), { recursive: true });
    symlinkSync(dist, join(www, ...parts));
    root = www;
  }
  const port = await freePort();
  const site = readFileSync(SITE_CONF, 'utf8')
    .replaceAll('@ROOT@', root)
    .replaceAll('@DIST@', dist)
    .replace(/^\s*listen [^;]+;\s*$/gm, '')
    .replace(/server \{/, `server {\n    listen 127.0.0.1:${port};`);
  writeFileSync(join(dir, 'site.conf'), site);
  const temp = ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t === 'client' ? 'client_body' : t}_temp_path ${join(dir, t)};`).join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ''}worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  default_type application/octet-stream;
  log_format sizes '$request_uri $status $bytes_sent';
  access_log ${join(dir, 'access.log')} sizes;
${temp}
  include ${join(dir, 'site.conf')};
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; !(await listening(port)); i++) {
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    if (exited || i > 100) {
      child.kill('SIGTERM');
      throw new Error(`nginx did not start:\n${output}\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    accessLog: () => (existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean) : []),
    close: async () => {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        // SIGQUIT: graceful shutdown of master and worker.
        child.kill('SIGQUIT');
        await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
        if (!exited) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
