/**
 * The admin config built for each supported backend's environment variables
 * (the README's table) passes Decap's own config validation, names a backend
 * Decap registers, and its page policy lets the CMS reach that host.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../cms/config';
import { adminCsp } from '../../cms/csp';
import { cmsOptionsFromEnv } from '../../cms/env';
import { LOCALES } from '../../src/i18n';
import { loadDecapValidator, type DecapValidator } from '../support/decap-schema';

let decap: DecapValidator;
beforeAll(async () => {
  decap = await loadDecapValidator();
}, 60_000);

/** Each row of README "Production backends", as a team would set the variables. */
const SETUPS: [string, Record<string, string>, { connect: string[] }][] = [
  ['GitHub, defaults', {}, { connect: ['https://api.github.com'] }],
  ['GitHub + OAuth proxy + open authoring', { YDV_CMS_BACKEND: 'github', YDV_CMS_REPO: 'octo/voices', YDV_CMS_BRANCH: 'main', YDV_CMS_BASE_URL: 'https://auth.example.org', YDV_CMS_AUTH_ENDPOINT: 'oauth/authorize', YDV_CMS_OPEN_AUTHORING: '1', YDV_CMS_LOCAL_BACKEND: 'off' }, { connect: ['https://api.github.com'] }],
  ['GitHub Actions with unset repository variables (empty strings)', { YDV_CMS_BACKEND: '', YDV_CMS_REPO: 'octo/voices', YDV_CMS_BASE_URL: '', YDV_CMS_APP_ID: '', YDV_CMS_OPEN_AUTHORING: '', YDV_CMS_LOCAL_BACKEND: 'off' }, { connect: ['https://api.github.com'] }],
  ['gitlab.com (PKCE)', { YDV_CMS_BACKEND: 'gitlab', YDV_CMS_REPO: 'group/voices', YDV_CMS_APP_ID: 'abc123' }, { connect: ['https://gitlab.com'] }],
  ['self-hosted GitLab', { YDV_CMS_BACKEND: 'gitlab', YDV_CMS_REPO: 'group/voices', YDV_CMS_APP_ID: 'abc123', YDV_CMS_BASE_URL: 'https://git.example.org', YDV_CMS_API_ROOT: 'https://git.example.org/api/v4' }, { connect: ['https://git.example.org'] }],
  ['git-gateway with a self-hosted identity service', { YDV_CMS_BACKEND: 'git-gateway', YDV_CMS_IDENTITY_URL: 'https://id.example.org/.netlify/identity', YDV_CMS_GATEWAY_URL: 'https://gateway.example.org/github' }, { connect: ['https://id.example.org', 'https://gateway.example.org'] }],
  ['Forgejo (Codeberg)', { YDV_CMS_BACKEND: 'forgejo', YDV_CMS_REPO: 'team/voices', YDV_CMS_API_ROOT: 'https://codeberg.org/api/v1', YDV_CMS_APP_ID: 'client-id', YDV_CMS_OPEN_AUTHORING: '1' }, { connect: ['https://codeberg.org'] }],
];

describe.each(SETUPS)('admin config for %s', (name, env, expected) => {
  const options = cmsOptionsFromEnv(env);
  // Locales change only wording; each costs Decap's validator ~2 s (it compiles its schema per call), so all three once.
  const locales = name === SETUPS[0]![0] ? [...LOCALES] : (['en'] as const);

  it.each(locales)('passes Decap\'s config validation (%s)', (locale) => {
    const config = buildCmsConfig(locale, options);
    expect(() => decap.validateConfig(config)).not.toThrow();
    expect(decap.backends).toContain(config.backend.name);
  }, 30_000);

  it('lets the admin page reach the git host, and no other', () => {
    const connect = adminCsp(options).split('; ').find((d) => d.startsWith('connect-src'))!.split(' ').slice(1);
    for (const origin of expected.connect) expect(connect).toContain(origin);
    for (const s of connect) expect(s === "'self'" || s === 'blob:' || s.startsWith('https://') || s.startsWith('http://127.0.0.1'), s).toBe(true);
  });
});

describe('Decap\'s validation, as used here', () => {
  it('can fail: it refuses a config Decap would refuse', { timeout: 30_000 }, () => {
    const config = buildCmsConfig('en', cmsOptionsFromEnv({}));
    expect(() => decap.validateConfig({ ...config, publish_mode: 'sometimes' })).toThrow(/publish_mode/);
    const broken = structuredClone(config);
    (broken.collections[0]!.fields[0] as { widget: string }).widget = 'select';
    expect(() => decap.validateConfig(broken)).toThrow(/options/);
  });

  it('refuses backends this site does not support, with the reason', () => {
    expect(() => cmsOptionsFromEnv({ YDV_CMS_BACKEND: 'gitea' })).toThrow(/editorial workflow/);
    expect(() => cmsOptionsFromEnv({ YDV_CMS_BACKEND: 'gitlab', YDV_CMS_OPEN_AUTHORING: '1' })).toThrow(/Open authoring/);
    expect(() => cmsOptionsFromEnv({ YDV_CMS_BACKEND: 'git-gateway' })).toThrow(/YDV_CMS_IDENTITY_URL/);
  });
});
