/**
 * The admin page's own Content-Security-Policy (a <meta> tag in
 * /admin/index.html). The public site keeps its strict policy
 * (src/config/csp.ts); Decap CMS needs more, and only on /admin/.
 *
 * Measured in Chromium (tests/e2e/cms.test.ts fails on any violation during
 * the contributor, editor and withdrawal flows). Removing 'unsafe-eval' stops
 * Decap at start-up ("Error compiling schema": AJV builds its config
 * validators with new Function); removing 'unsafe-inline' from style-src
 * leaves it unstyled (Emotion injects <style> elements). Nothing else is
 * needed: the preview pane is a srcdoc iframe (inherits this policy), fonts
 * are system fonts, no workers. 'unsafe-eval' also covers the WebAssembly
 * WebP encoder Decap uses to strip metadata from WebP uploads.
 *
 * A meta policy cannot set frame-ancestors: on hosts that allow headers, add
 * `Content-Security-Policy: frame-ancestors 'none'` for /admin/* (README).
 */
import type { CmsOptions } from './config';
import { backendOrigins } from './env';

export function adminCspDirectives(options: CmsOptions): string[] {
  const { connect, img } = backendOrigins(options);
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    // Uploads and repository files are shown from blob:/data: URLs; avatars come from the git host.
    ['img-src', "'self'", 'data:', 'blob:', ...img].join(' '),
    // Preview of an uploaded video before it is saved.
    "media-src 'self' blob:",
    // The git host's API, decap-server on 127.0.0.1 for local work, config.*.json, and blob: (Decap re-reads uploads).
    ['connect-src', "'self'", 'blob:', ...connect].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
}

export const adminCsp = (options: CmsOptions) => adminCspDirectives(options).join('; ');
