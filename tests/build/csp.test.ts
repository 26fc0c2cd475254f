/**
 * Every built page carries the Content-Security-Policy (a <meta>, since a
 * static host may not let us set headers), strict enough that injected
 * script could not run even if the sanitiser failed.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { DIST } from '../support/build';
import { htmlPages, readDist } from '../support/dist';
import { VIDEO_PLAYER_ORIGINS } from '../../src/config/csp';

const all = (node: Root | RootContent, out: Element[] = []): Element[] => {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const c of node.children) all(c, out);
  return out;
};
const textOf = (el: Element) => el.children.map((c) => ('value' in c ? c.value : '')).join('');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

interface PageCsp { policy: Map<string, string[]>; inHead: boolean; beforeResources: boolean; count: number }

function cspOf(html: string): PageCsp | undefined {
  const tree = fromHtml(html);
  const els = all(tree);
  const metas = els.filter((e) => e.tagName === 'meta' && String(e.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy');
  if (!metas.length) return undefined;
  const meta = metas[0]!;
  const head = els.find((e) => e.tagName === 'head');
  // A meta CSP only governs what comes after it.
  const firstResource = els.findIndex((e) => e.tagName === 'script' || e.tagName === 'style' || (e.tagName === 'link' && String(e.properties.rel).includes('stylesheet')));
  const policy = new Map<string, string[]>();
  for (const part of String(meta.properties.content).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return { policy, inHead: !!head && all(head).includes(meta), beforeResources: firstResource === -1 || els.indexOf(meta) < firstResource, count: metas.length };
}

// The CMS page has its own, looser policy (cms/csp.ts); its owner's tests cover it, this file only checks it exists.
const pages = htmlPages().filter((p) => !p.startsWith('admin/'));

describe('Content-Security-Policy on every page', () => {
  it('is present, once, in <head>, before any script or style', () => {
    expect(pages.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const page of pages) {
      const html = readDist(page);
      const csp = cspOf(html);
      if (!csp) {
        missing.push(page);
        continue;
      }
      expect(csp.count, page).toBe(1);
      expect(csp.inHead, page).toBe(true);
      expect(csp.beforeResources, page).toBe(true);
    }
    expect(missing).toEqual([]);
  });

  it('runs only same-origin and hashed scripts: no unsafe-inline, no unsafe-eval, no hosts', () => {
    for (const page of pages) {
      const csp = cspOf(readDist(page));
      if (!csp) continue;
      const scripts = csp.policy.get('script-src') ?? [];
      expect(scripts, page).toContain("'self'");
      for (const source of scripts) expect(source, `${page}: script-src ${source}`).toMatch(/^(?:'self'|'wasm-unsafe-eval'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/);
      for (const source of csp.policy.get('style-src') ?? []) expect(source, `${page}: style-src ${source}`).toMatch(/^(?:'self'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/);
    }
  });

  it('hashes every inline script and style the page has, so none is blocked', () => {
    for (const page of pages) {
      const html = readDist(page);
      const csp = cspOf(html);
      if (!csp) continue;
      const els = all(fromHtml(html));
      for (const el of els.filter((e) => e.tagName === 'script' && !e.properties.src && String(e.properties.type ?? '') !== 'application/ld+json'))
        expect(csp.policy.get('script-src'), `${page}: inline script ${textOf(el).slice(0, 60)}`).toContain(sha256(textOf(el)));
      for (const el of els.filter((e) => e.tagName === 'style'))
        expect(csp.policy.get('style-src'), `${page}: inline style ${textOf(el).slice(0, 60)}`).toContain(sha256(textOf(el)));
      // A style="" attribute would need 'unsafe-hashes'; event handlers would need 'unsafe-inline'.
      expect(els.filter((e) => 'style' in e.properties || Object.keys(e.properties).some((k) => /^on/i.test(k))).map((e) => e.tagName), page).toEqual([]);
    }
  });

  it('allows nothing from other origins except the two privacy-enhanced video players in frames', () => {
    const expected = new Map<string, string[]>([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'"]],
      ['media-src', ["'self'"]],
      ['font-src', ["'self'"]],
      ['connect-src', ["'self'"]],
      ['frame-src', [...VIDEO_PLAYER_ORIGINS]],
      ['object-src', ["'none'"]],
      ['base-uri', ["'none'"]],
      ['form-action', ["'self'"]],
    ]);
    expect(VIDEO_PLAYER_ORIGINS).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
    for (const page of pages) {
      const csp = cspOf(readDist(page));
      if (!csp) continue;
      for (const [name, values] of expected) expect(csp.policy.get(name), `${page}: ${name}`).toEqual(values);
      for (const [name, values] of csp.policy) {
        if (name === 'frame-src') continue;
        for (const v of values) expect(v, `${page}: ${name} ${v}`).not.toMatch(/^(?:\*|https?:|data:|blob:|[a-z0-9-]+\.[a-z])/i);
      }
    }
  });

  it('also protects the CMS page, when it is built', () => {
    const admin = join(DIST, 'admin', 'index.html');
    if (!existsSync(admin)) return expect(htmlPages().some((p) => p.startsWith('admin/'))).toBe(false);
    const csp = cspOf(readDist('admin/index.html'));
    expect(csp, 'admin/index.html has no CSP').toBeDefined();
    expect(csp!.policy.get('script-src') ?? csp!.policy.get('default-src'), 'admin CSP restricts scripts').toBeDefined();
    expect(csp!.policy.get('object-src')).toEqual(["'none'"]);
  });
});
