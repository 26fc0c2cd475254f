/**
 * Finds what could run code or load from another site in an HTML string,
 * parsed the way a browser parses it (parse5, via hast-util-from-html).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** Elements contributor text must never produce. */
const FORBIDDEN_IN_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select',
  'textarea', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'video', 'audio', 'source', 'marquee', 'portal',
]);
/** Elements no page of this site uses at all. */
const FORBIDDEN_IN_PAGE = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'marquee']);
/** Attributes (lower case, hast spelling without dashes) that hold URLs. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlinkhref', 'background', 'cite', 'longdesc', 'srcset', 'codebase', 'ping', 'lowsrc', 'dynsrc', 'imagesrcset']);
const EXECUTABLE_ATTRS = new Set(['style', 'srcdoc', 'formaction']);

/** A URL as a browser reads it: controls, spaces and tabs dropped, lower case. */
export const normalizeUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
export const isScriptUrl = (value: string) => /^(?:javascript|vbscript|data|livescript):/.test(normalizeUrl(value));
const isRemote = (value: string) => /^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/.test(normalizeUrl(value));

export interface Finding { element: string; problem: string }

function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') {
    yield node;
    // <template> content is a separate fragment in parse5's tree.
    const content = (node as Element & { content?: Root }).content;
    if (content) yield* elements(content);
  }
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

const describe = (el: Element) => {
  const attrs = Object.entries(el.properties ?? {})
    .map(([k, v]) => `${k}=${JSON.stringify(Array.isArray(v) ? v.join(' ') : v)}`)
    .join(' ');
  return `<${el.tagName}${attrs ? ` ${attrs}` : ''}>`.slice(0, 160);
};

/**
 * `fragment`: HTML rendered from contributor Markdown (strict: only text markup).
 * `page`: a whole built page (the site's own scripts, search form and head meta are allowed).
 */
export function findUnsafe(html: string, mode: 'fragment' | 'page'): Finding[] {
  const tree = fromHtml(html, { fragment: mode === 'fragment' });
  const found: Finding[] = [];
  for (const el of elements(tree)) {
    const flag = (problem: string) => found.push({ element: describe(el), problem });
    const tag = el.tagName.toLowerCase();
    if (mode === 'fragment' && FORBIDDEN_IN_CONTENT.has(tag)) flag(`<${tag}> element`);
    if (mode === 'page') {
      if (FORBIDDEN_IN_PAGE.has(tag)) flag(`<${tag}> element`);
      if (tag === 'script') {
        const src = el.properties?.src;
        const body = el.children.map((c) => ('value' in c ? c.value : '')).join('');
        if (typeof src === 'string' && isRemote(src)) flag('script from another origin');
        if (/alert\s*\(|atob\s*\(/.test(body)) flag('inline script with injected code');
      }
      if (tag === 'meta' && String(el.properties?.httpEquiv ?? '').toLowerCase() === 'refresh') {
        // Astro's redirect pages refresh to a path on the site; anything else is injected.
        const target = /url\s*=\s*['"]?([^'"]*)/i.exec(String(el.properties?.content ?? ''))?.[1] ?? '';
        if (!target.startsWith('/') || target.startsWith('//') || isScriptUrl(target)) flag('meta refresh away from the site');
      }
      if (tag === 'link' && /import|preload|prefetch|preconnect|dns-prefetch/i.test(String(el.properties?.rel ?? '')) && isRemote(String(el.properties?.href ?? '')))
        flag('link to another origin');
      if (tag === 'form' && isRemote(String(el.properties?.action ?? ''))) flag('form posting elsewhere');
      if (tag === 'style' && /javascript:|expression\s*\(|@import|alert\s*\(/i.test(el.children.map((c) => ('value' in c ? c.value : '')).join('')))
        flag('style element with injected code');
    }
    for (const [name, raw] of Object.entries(el.properties ?? {})) {
      const key = name.toLowerCase();
      const value = Array.isArray(raw) ? raw.join(' ') : String(raw);
      if (key.startsWith('on')) flag(`event handler attribute ${name}`);
      if (EXECUTABLE_ATTRS.has(key)) flag(`${name} attribute`);
      if (URL_ATTRS.has(key)) {
        const urls = key.endsWith('srcset') ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) {
          if (isScriptUrl(url)) flag(`${name} with a javascript:/data: URL`);
          else if (mode === 'fragment' && tag === 'img' && key.startsWith('src') && isRemote(url)) flag('image loaded from another origin');
        }
      }
    }
  }
  return found;
}
