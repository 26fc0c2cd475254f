/**
 * Which git host the CMS talks to, from environment variables at build time.
 * Nothing secret goes here: OAuth client secrets live in the OAuth proxy
 * (GitHub) or are not needed at all (GitLab/Gitea/Forgejo use PKCE with a
 * public application id). See README "Working with the CMS".
 *
 *   YDV_CMS_BACKEND        github (default) | gitlab | forgejo | git-gateway   (Decap's gitea backend has no editorial workflow)
 *   YDV_CMS_REPO           owner/name (default: from SITE.repository)
 *   YDV_CMS_BRANCH         branch the site builds from (default: main)
 *   YDV_CMS_BASE_URL       GitHub: your OAuth proxy; GitLab: the GitLab URL
 *   YDV_CMS_AUTH_ENDPOINT  GitHub OAuth proxy path (default: auth)
 *   YDV_CMS_API_ROOT       self-hosted GitLab/Gitea/Forgejo API, e.g. https://git.example.org/api/v1
 *   YDV_CMS_APP_ID         GitLab/Gitea/Forgejo OAuth application id (public, PKCE)
 *   YDV_CMS_OPEN_AUTHORING 1: contributors without write access work in a fork (GitHub, Forgejo)
 *   YDV_CMS_IDENTITY_URL   git-gateway: your identity service (GoTrue), e.g. https://id.example.org
 *   YDV_CMS_GATEWAY_URL    git-gateway: your git-gateway service, e.g. https://gateway.example.org/github
 *   YDV_CMS_LOCAL_BACKEND  decap-server URL used on localhost (default http://127.0.0.1:8081/api/v1; "off" disables)
 */
import { SITE } from '../src/config/site';
import type { BackendConfig, CmsOptions } from './config';

export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

type Env = Record<string, string | undefined>;

const repoFromSite = () => new URL(SITE.repository).pathname.replace(/^\/|\.git$/g, '').replace(/\/$/, '');

export function cmsOptionsFromEnv(rawEnv: Env = process.env): CmsOptions {
  // CI systems pass unset variables as empty strings.
  const env: Env = Object.fromEntries(Object.entries(rawEnv).map(([k, v]) => [k, v?.trim() ? v.trim() : undefined]));
  const name = (env.YDV_CMS_BACKEND ?? 'github').toLowerCase();
  if (name === 'gitea')
    throw new Error('YDV_CMS_BACKEND=gitea: Decap 3.x\'s gitea backend has no editorial workflow (draft → review → ready), which this site relies on. Use a Forgejo server with YDV_CMS_BACKEND=forgejo, or GitHub/GitLab.');
  if (!['github', 'gitlab', 'forgejo', 'git-gateway'].includes(name))
    throw new Error(`YDV_CMS_BACKEND="${name}" is not supported: use github, gitlab, forgejo or git-gateway.`);
  if (name === 'git-gateway') {
    // Accounts live in a self-hosted identity service; the gateway holds the git host's token.
    if (!env.YDV_CMS_IDENTITY_URL || !env.YDV_CMS_GATEWAY_URL)
      throw new Error('YDV_CMS_BACKEND=git-gateway needs YDV_CMS_IDENTITY_URL (your GoTrue identity service) and YDV_CMS_GATEWAY_URL (your git-gateway, ending in /github or /gitlab).');
    if (env.YDV_CMS_OPEN_AUTHORING === '1') throw new Error('Open authoring works with the github and forgejo backends only.');
    const backend: BackendConfig = { name, branch: env.YDV_CMS_BRANCH ?? 'main', identity_url: env.YDV_CMS_IDENTITY_URL, gateway_url: env.YDV_CMS_GATEWAY_URL };
    const local = env.YDV_CMS_LOCAL_BACKEND ?? DEFAULT_LOCAL_BACKEND;
    return { backend, localBackend: local === 'off' ? undefined : local, siteUrl: new URL(SITE.base, SITE.url).href.replace(/\/$/, '') };
  }
  const backend: BackendConfig = { name, repo: env.YDV_CMS_REPO ?? repoFromSite(), branch: env.YDV_CMS_BRANCH ?? 'main' };
  if (env.YDV_CMS_BASE_URL) backend.base_url = env.YDV_CMS_BASE_URL;
  if (env.YDV_CMS_API_ROOT) backend.api_root = env.YDV_CMS_API_ROOT;
  if (env.YDV_CMS_APP_ID) backend.app_id = env.YDV_CMS_APP_ID;
  if (name === 'github' && env.YDV_CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.YDV_CMS_AUTH_ENDPOINT;
  if (name === 'gitlab' && env.YDV_CMS_APP_ID) backend.auth_type = 'pkce';
  if (env.YDV_CMS_OPEN_AUTHORING === '1') {
    if (name !== 'github' && name !== 'forgejo') throw new Error('Open authoring works with the github and forgejo backends only.');
    backend.open_authoring = true;
  }
  const local = env.YDV_CMS_LOCAL_BACKEND ?? DEFAULT_LOCAL_BACKEND;
  return { backend, localBackend: local === 'off' ? undefined : local, siteUrl: new URL(SITE.base, SITE.url).href.replace(/\/$/, '') };
}

const origin = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/** Origins the admin page must reach (connect-src) and show images from (img-src), per backend. */
export function backendOrigins(options: CmsOptions): { connect: string[]; img: string[] } {
  const b = options.backend;
  const connect = new Set<string>();
  const img = new Set<string>();
  const local = origin(options.localBackend);
  if (local) connect.add(local);
  switch (b.name) {
    case 'github':
      connect.add(origin(b.api_root) ?? 'https://api.github.com');
      img.add('https://avatars.githubusercontent.com');
      break;
    case 'gitlab': {
      const base = origin(b.base_url) ?? 'https://gitlab.com';
      connect.add(origin(b.api_root) ?? 'https://gitlab.com').add(base);
      img.add(base).add('https://secure.gravatar.com');
      break;
    }
    case 'git-gateway':
      for (const url of [b.identity_url, b.gateway_url]) {
        const o = origin(url);
        if (o) connect.add(o);
      }
      img.add('https://secure.gravatar.com');
      break;
    case 'forgejo': {
      const host = origin(b.api_root) ?? origin(b.base_url);
      if (host) {
        connect.add(host);
        img.add(host);
      }
      break;
    }
  }
  return { connect: [...connect], img: [...img] };
}
