/** Runs `astro build` in a project folder with the Node that runs the tests (Node 24). */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Where the test build goes; YDV_DIST lets parallel work use separate folders. */
export const DIST = resolve(ROOT, process.env.YDV_DIST ?? 'dist');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Vitest copies import.meta.env into process.env (BASE_URL=/, MODE=test…); Astro would read them back as its own. */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.includes(k)));

export interface BuildResult { code: number; output: string }

/** Build `cwd` (default: this project); rejects with the output when the build fails unless `allowFailure`. */
export function buildSite({ cwd = ROOT, env = {}, allowFailure = false, args = [] as string[] } = {}): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const outDir = cwd === ROOT && !args.includes('--outDir') ? ['--outDir', DIST] : [];
    const child = spawn(process.execPath, [ASTRO, 'build', ...outDir, ...args], {
      cwd,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const result = { code: code ?? 1, output };
      if (code !== 0 && !allowFailure) reject(new Error(`astro build failed in ${cwd}:\n${output.slice(-4000)}`));
      else resolvePromise(result);
    });
  });
}
