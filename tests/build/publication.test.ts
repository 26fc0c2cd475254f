/** The built site publishes exactly the public entries, in three interface languages. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DIST, ROOT } from '../support/build';
import { htmlPages, listFiles, readDist, UNPUBLISHED } from '../support/dist';
import { isPublic } from '../../src/model/publish';
import { readdirSync } from 'node:fs';

const frontmatter = (kind: string, slug: string) => {
  const text = readFileSync(join(ROOT, 'content', kind, slug, 'index.md'), 'utf8');
  const data = parseYaml(text.split(/^---$/m)[1]!);
  return { ...data, published: new Date(data.published) };
};
const slugs = (kind: string) => readdirSync(join(ROOT, 'content', kind)).filter((s) => existsSync(join(ROOT, 'content', kind, s, 'index.md')));

describe('publication', () => {
  const now = new Date();
  const stories = slugs('stories').map((s) => ({ slug: s, data: frontmatter('stories', s) }));

  it('gives every public story a page and no other story one', () => {
    const pub = stories.filter((s) => isPublic(s.data, now)).map((s) => s.slug);
    const hidden = stories.filter((s) => !isPublic(s.data, now)).map((s) => s.slug);
    expect(pub.length).toBeGreaterThanOrEqual(18);
    expect(hidden.sort()).toEqual([...UNPUBLISHED.slugs].sort());
    for (const s of pub) for (const l of ['en', 'fr', 'es']) expect(existsSync(join(DIST, l, 'stories', s, 'index.html')), `${l} ${s}`).toBe(true);
    for (const s of hidden) for (const dir of ['stories', 'en/stories', 'fr/stories', 'es/stories']) expect(existsSync(join(DIST, dir, s)), `${dir} ${s}`).toBe(false);
  });

  it('leaks no unpublished entry anywhere in dist (pages, feeds, sitemap, media)', () => {
    const files = listFiles();
    for (const slug of UNPUBLISHED.slugs) expect(files.filter((f) => f.includes(slug)), slug).toEqual([]);
    const texts = files.filter((f) => /\.(html|xml|json|txt)$/.test(f));
    for (const f of texts) {
      const body = readDist(f);
      for (const needle of [...UNPUBLISHED.words, ...UNPUBLISHED.slugs]) expect(body.includes(needle), `${needle} in ${f}`).toBe(false);
    }
  });

  it('builds every interface page in en, fr and es with the right <html lang> and hreflang alternates', () => {
    const pages = htmlPages().filter((p) => /^en\//.test(p));
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) {
      for (const l of ['fr', 'es']) {
        const other = page.replace(/^en\//, `${l}/`);
        expect(existsSync(join(DIST, other)), other).toBe(true);
        const html = readDist(other);
        expect(html, other).toContain(`<html lang="${l}"`);
        expect(html, other).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="https?://[^"]+/${page.replace(/index\.html$/, '')}"`));
      }
    }
  });

  it('marks a story with its own language inside the reader’s interface language', () => {
    // A Georgian story read from /fr/: French around it, Georgian text.
    const ka = readDist('fr/stories/georgia-mental-health/index.html');
    expect(ka).toContain('<html lang="fr"');
    expect(ka).toMatch(/<h1[^>]* lang="ka"/);
    expect(ka).toMatch(/<div class="prose[^"]*"[^>]* lang="ka"/);
    expect(ka).toContain('>Récits</a>'); // navigation in French
    expect(ka).not.toContain('>Stories</a>');
    // Its Spanish translation, linked in the reader's language.
    expect(ka).toMatch(/<a href="\/fr\/stories\/georgia-mental-health-es\/" hreflang="es" lang="es"/);
    const es = readDist('en/stories/georgia-mental-health-es/index.html');
    expect(es).toContain('<html lang="en"');
    expect(es).toMatch(/<a href="\/en\/stories\/georgia-mental-health\/" hreflang="ka"/); // links to its original, still in English
  });
});
