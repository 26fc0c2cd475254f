/**
 * The CI recipes do what the README says and cache what the build reuses:
 * the GitHub Pages workflow and the GitLab Pages job run the README's install
 * and build commands, derive the address from the repository, and restore and
 * save every cache folder of src/deploy/caches.ts that their build uses.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/build';
import { BUILD_CACHES, buildCacheDirs } from '../../src/deploy/caches';
import { publicAddress } from '../../src/config/site';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** The npm commands of the README's deploy section, in order. */
function readmeCommands(): string[] {
  const readme = read('README.md');
  const start = readme.indexOf('\n## Deploying');
  expect(start, 'README has a "## Deploying" section').toBeGreaterThan(0);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).map((l) => l.replace(/#.*/, '').trim()).filter((l) => /^npm /.test(l));
  expect(commands).toEqual(expect.arrayContaining(['npm ci', 'npm run build']));
  return ['npm ci', 'npm run build'];
}

interface Step { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }

describe('GitHub Pages workflow (.github/workflows/deploy.yml)', () => {
  const wf = parse(read('.github/workflows/deploy.yml'));
  const steps: Step[] = wf.jobs.build.steps;
  const runs = steps.filter((s) => s.run).map((s) => s.run!.trim());
  const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);

  it('runs the README\'s install and build commands, in order', () => {
    const [install, build] = readmeCommands().map((c) => runs.indexOf(c));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(install!);
  });

  it('publishes on push to main, daily (future-dated entries) and by hand, with the Pages permissions', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.on.schedule.length).toBe(1);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(wf.jobs.deploy.steps.some((s: Step) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('takes the address (and so the base path) from the repository\'s Pages settings', () => {
    const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBeDefined();
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.SITE_URL).toBe(`\${{ steps.${pages!.id}.outputs.base_url }}`);
    expect(at((s) => s === pages)).toBeLessThan(at((s) => s === build));
    // What configure-pages gives for a project site, and what the build makes of it.
    expect(publicAddress({ SITE_URL: 'https://octo.github.io/voices' })).toEqual({ url: 'https://octo.github.io', base: '/voices/' });
    expect(publicAddress({ SITE_URL: 'https://voices.example.org', BASE_PATH: '' })).toEqual({ url: 'https://voices.example.org', base: '/' });
  });

  it('restores and saves every cache folder its build uses, after npm ci and before the build', () => {
    const build = steps.find((s) => s.run === 'npm run build')!;
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'));
    // actions/cache (not actions/cache/restore) also saves at the end of the job.
    expect(cache, 'an actions/cache step').toBeDefined();
    const paths = cache!.with!.path!.split('\n').map((p) => p.trim()).filter(Boolean);
    expect(paths.sort()).toEqual(buildCacheDirs(build.env).sort());
    expect(at((s) => s === cache)).toBeGreaterThan(at((s) => s.run === 'npm ci'));
    expect(at((s) => s === cache)).toBeLessThan(at((s) => s === build));
    // A new entry whenever content or code changes; the latest one is restored otherwise.
    expect(cache!.with!.key).toMatch(/hashFiles\('content\/\*\*'/);
    expect(cache!.with!['restore-keys']).toBeTruthy();
  });
});

describe('GitLab Pages job (.gitlab-ci.yml)', () => {
  const ci = parse(read('.gitlab-ci.yml'));
  const job = ci.pages;
  const script: string[] = job.script.map((l: string) => l.trim());

  it('runs the README\'s install and build commands, in order, and publishes public/', () => {
    const [install, build] = readmeCommands().map((c) => script.indexOf(c));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(install!);
    expect(script.indexOf('export SITE_URL="$CI_PAGES_URL"')).toBeLessThan(build!);
    expect(script.indexOf('export SITE_URL="$CI_PAGES_URL"')).toBeGreaterThanOrEqual(0);
    expect(job.artifacts.paths).toEqual(['public']);
  });

  it('caches every folder its build uses, and keeps node_modules/.cache across npm ci', () => {
    expect([...job.cache.paths].sort()).toEqual(buildCacheDirs(job.variables).sort());
    const install = script.indexOf('npm ci');
    expect(script.slice(0, install).join('\n')).toMatch(/mv node_modules\/\.cache /);
    expect(script.slice(install + 1).join('\n')).toMatch(/node_modules\/$|node_modules\/;/);
  });
});

describe('the list of build caches', () => {
  it('names folders inside the project, none of them published', () => {
    for (const dir of Object.values(BUILD_CACHES)) {
      expect(dir).not.toMatch(/^\/|\.\./);
      expect(dir.startsWith('dist')).toBe(false);
    }
    expect(buildCacheDirs({ YDV_PRECOMPRESS: '0' })).not.toContain(BUILD_CACHES.compress);
  });
});
