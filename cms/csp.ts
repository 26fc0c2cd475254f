/**
 * The admin page's own Content-Security-Policy (a <meta> tag in
 * /admin/index.html). The public site keeps its strict policy
 * (src/config/csp.ts); Decap CMS needs more, and only on /admin/.
 * Each exception below was checked in Chromium (tests/e2e/cms.test.ts fails on
 * any CSP violation during the contributor and editor flows).
 */
import type { CmsOptions } from './config';
import { backendOrigins } from './env';

export function adminCspDirectives(options: CmsOptions): string[] {
  const { connect, img } = backendOrigins(options);
  return [
    "default-src 'none'",
    // 'unsafe-eval': Decap validates its config with AJV, which compiles schemas with new Function().
    // 'wasm-unsafe-eval': Decap re-encodes WebP uploads (metadata stripping) with a WebAssembly encoder.
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    // 'unsafe-inline': Decap's UI is styled by Emotion, which injects <style> elements at runtime.
    "style-src 'self' 'unsafe-inline'",
    // blob:/data: previews of uploads and of files read from the repository; avatars of the git host.
    ['img-src', "'self'", 'data:', 'blob:', ...img].join(' '),
    "media-src 'self' blob:",
    "font-src 'self' data:",
    // The git host's API (and decap-server on 127.0.0.1 for local work); 'self' for config.*.json and the .wasm file;
    // blob: because Decap reads uploads back from blob: URLs (local draft backup).
    ['connect-src', "'self'", 'blob:', ...connect].join(' '),
    // The preview pane is a same-origin iframe.
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "manifest-src 'none'",
  ];
}

export const adminCsp = (options: CmsOptions) => adminCspDirectives(options).join('; ');
