/**
 * The Content-Security-Policy every page carries (Astro adds script and style
 * hashes). Nothing loads from another origin except a video player after a
 * reader presses play, and only from the privacy-enhanced hosts.
 */
export const VIDEO_PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

const directives = [
  "default-src 'self'",
  "img-src 'self'",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${VIDEO_PLAYER_ORIGINS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
] as const;

/** Mutable and literal-typed, as Astro's security.csp.directives expects. */
export const cspDirectives: (typeof directives)[number][] = [...directives];

/** Pagefind's WebAssembly needs 'wasm-unsafe-eval'; nothing needs 'unsafe-inline'. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
