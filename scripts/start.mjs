/**
 * `npm start`: the site (astro dev) and the CMS backend (decap-server in git
 * mode, listening on 127.0.0.1 only) together. Prints both addresses;
 * Ctrl-C stops both.
 *
 *   npm start                      site on 127.0.0.1:4321 (or the next free port), CMS backend on 8081 (or next)
 *   npm start -- --allow-dirty     start the CMS backend even with uncommitted changes
 *   npm start -- --no-cms          the site only
 *   YDV_DEV_PORT / YDV_CMS_PORT    preferred ports
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cmsRepoState, explain } from './start-checks.ts';

const root = process.cwd();
const args = new Set(process.argv.slice(2));
const bin = (path) => join(root, 'node_modules', path);

/** The first port from `start` that nothing listens on at 127.0.0.1. */
async function freePort(start) {
  for (let port = start; port < start + 50; port++) {
    const free = await new Promise((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${start} and ${start + 49}`);
}

const say = (text) => process.stdout.write(`\n${text}\n`);
const children = new Set();
let stopping = false;

function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }, 5000);
  force.unref();
  const wait = [...children].map((c) => (c.exitCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', r))));
  Promise.all(wait).then(() => process.exit(code));
}

function run(name, command, argv, env, onLine) {
  const child = spawn(command, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const relay = (stream, out) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        out.write(`[${name}] ${line}\n`);
        onLine?.(line);
      }
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
      stopAll(code ?? 1);
    }
  });
  return child;
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
process.on('uncaughtException', (error) => {
  console.error(error);
  stopAll(1);
});

const devPort = await freePort(Number(process.env.YDV_DEV_PORT ?? 4321));
const withCms = !args.has('--no-cms');
let state = withCms ? cmsRepoState(root) : { ok: false };
if (withCms && !state.ok && state.problem === 'dirty' && args.has('--allow-dirty')) state = { ok: true, branch: state.branch };
if (withCms && !state.ok) say(`The CMS backend is not started.\n  ${explain(state)}\n  The site starts anyway; the editor at /admin/ will not be able to save.`);

let cmsPort;
let cmsReady = !state.ok;
let siteUrl;
const ready = () => {
  if (!siteUrl || !cmsReady) return;
  const lines = [`Site:  ${siteUrl}`];
  if (state.ok) lines.push(`CMS:   ${siteUrl}admin/   (decap-server on http://127.0.0.1:${cmsPort}, branch ${state.branch}, this computer only)`);
  lines.push('Press Ctrl-C to stop.');
  say(lines.join('\n'));
};

if (state.ok) {
  cmsPort = await freePort(Number(process.env.YDV_CMS_PORT ?? 8081));
  run(
    'cms',
    process.execPath,
    [bin('decap-server/dist/index.js')],
    // BIND_HOST: decap-server writes files and commits without any login, so nothing but this computer may reach it.
    { PORT: String(cmsPort), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: root },
    (line) => {
      if (!cmsReady && /listening on/i.test(line)) {
        cmsReady = true;
        ready();
      }
    },
  );
}

run(
  'site',
  process.execPath,
  [bin('astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(devPort)],
  {
    // Astro 7 backgrounds `astro dev` when it thinks an agent runs it; we want it in the foreground, stopped by Ctrl-C.
    ASTRO_DEV_BACKGROUND: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(state.ok ? { YDV_CMS_LOCAL_BACKEND: `http://127.0.0.1:${cmsPort}/api/v1`, YDV_CMS_BRANCH: state.branch } : { YDV_CMS_LOCAL_BACKEND: 'off' }),
  },
  (line) => {
    // eslint-disable-next-line no-control-regex
    const m = /(https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/)/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''));
    if (!siteUrl && m) {
      siteUrl = m[1].replace('localhost', '127.0.0.1');
      ready();
    }
  },
);
