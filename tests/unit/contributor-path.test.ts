/**
 * The contributor's path, the parts that are plain logic or text: one
 * withdrawal promise everywhere it is made, which Decap views a contributor
 * is kept to, French typography and one register in the CMS wording.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_LABELS } from '../../cms/labels';
import { contributorRedirect, modeFor } from '../../cms/admin/contributor';
import { en } from '../../src/i18n/ui/en';
import { fr } from '../../src/i18n/ui/fr';
import { es } from '../../src/i18n/ui/es';
import { buildCmsConfig } from '../../cms/config';

const ROOT = join(import.meta.dirname, '../..');
const UI = { en, fr, es } as const;
const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : []);

describe('one promise about withdrawal', () => {
  for (const locale of ['en', 'fr', 'es'] as const) {
    it(`${locale}: the share page, the privacy page and the CMS consent hint make the same promise`, () => {
      const promise = UI[locale]['withdrawal.promise'];
      expect(promise).toMatch(/3/);
      for (const page of ['share', 'privacy']) expect(readFileSync(join(ROOT, `content/pages/${page}/${locale}.mdx`), 'utf8')).toContain(promise);
      expect(CMS_LABELS[locale].fields.consent.hint).toContain(promise);
      // The paragraph that makes the promise promises nothing else (the old texts said 24 hours, a few days, minutes).
      const paragraphs = ['share', 'privacy'].map((p) => readFileSync(join(ROOT, `content/pages/${p}/${locale}.mdx`), 'utf8').split('\n\n').find((x) => x.includes(promise))!);
      for (const t of [...paragraphs, CMS_LABELS[locale].fields.consent.hint]) expect(t).not.toMatch(/24|few days|minutes|quelques|pocos|minutos/i);
    });
  }
});

describe('contributor mode', () => {
  it('starts on the share forms, and sticks in the tab only when Decap drops the hash', () => {
    expect(modeFor('#/collections/share/new', null)).toBe('contributor');
    expect(modeFor('#/collections/share-video/new?campaign=x', null)).toBe('contributor');
    expect(modeFor('#/', 'contributor')).toBe('contributor');
    expect(modeFor('', null)).toBe('team');
    expect(modeFor('#/workflow', 'contributor')).toBe('team');
    expect(modeFor('#/collections/stories', null)).toBe('team');
  });
  it('keeps a contributor on a blank form or the entry just saved, never a list of other people’s entries', () => {
    expect(contributorRedirect('#/collections/share/new', 'share')).toBeUndefined();
    expect(contributorRedirect('#/collections/share/new?campaign=climate', 'share')).toBeUndefined();
    expect(contributorRedirect('#/collections/share/entries/2026-01-01-x/index', 'share')).toBeUndefined();
    expect(contributorRedirect('#/collections/share', 'share')).toBe('#/collections/share/new');
    expect(contributorRedirect('#/collections/share-video', 'share')).toBe('#/collections/share-video/new');
    expect(contributorRedirect('#/workflow', 'share-video')).toBe('#/collections/share-video/new');
    expect(contributorRedirect('#/collections/stories/entries/a/index', 'share')).toBe('#/collections/share/new');
    expect(contributorRedirect('#/media', 'share')).toBe('#/collections/share/new');
  });
  it('gives contributors the rich text editor only (no Markdown toggle) and the team Markdown (a save changes only what was edited)', () => {
    const config = buildCmsConfig('fr', { backend: { name: 'test-repo' } });
    const body = (c: string) => config.collections.find((x) => x.name === c)!.fields.find((f) => f.name === 'body')!;
    expect(body('share').modes).toEqual(['rich_text']);
    expect(body('share-video').modes).toEqual(['rich_text']);
    expect(body('stories').modes).toEqual(['raw']);
  });
  it('puts Withdrawn first in the team forms, and labels no switch "optional"', () => {
    const config = buildCmsConfig('en', { backend: { name: 'test-repo' } });
    for (const c of ['stories', 'videos']) expect(config.collections.find((x) => x.name === c)!.fields[0]!.name).toBe('withdrawn');
    const share = config.collections.find((x) => x.name === 'share')!;
    const guardian = share.fields.find((f) => f.name === 'consent')!.fields!.find((f) => f.name === 'guardian')!;
    expect(guardian).toMatchObject({ widget: 'boolean', required: true, default: false });
  });
});

describe('CMS wording', () => {
  it('French: a space before : ; ? ! (no-break or thin, or ordinary)', () => {
    const bad = strings(CMS_LABELS.fr).filter((s) => /[^\s\u00a0\u202f«]([:;?!])(?!\/\/)/.test(s.replace(/\{\{[^}]*\}\}|https?:\/\/\S+|\d+:\d+/g, '')));
    expect(bad).toEqual([]);
  });
  it('French uses "tu" and Spanish "tú" with contributors, never "vous"/"usted"', () => {
    expect(strings(CMS_LABELS.fr).filter((s) => /\b(vous|votre|vos)\b/i.test(s) && !/quand vous êtes d’accord/.test(s))).toEqual([]);
    expect(strings(CMS_LABELS.es).filter((s) => /\b(usted|su historia)\b/i.test(s))).toEqual([]);
    for (const page of ['share', 'privacy']) expect(readFileSync(join(ROOT, `content/pages/${page}/fr.mdx`), 'utf8')).not.toMatch(/\b(vous|votre|vos)\b/i);
  });
  it('switches are switched on, not ticked', () => {
    expect(strings(CMS_LABELS.en).filter((s) => /\btick/i.test(s))).toEqual([]);
    expect(strings(CMS_LABELS.fr).filter((s) => /\bcoch/i.test(s))).toEqual([]);
    expect(strings(CMS_LABELS.es).filter((s) => /\bmarca(lo|do)?\b|márcalo/i.test(s))).toEqual([]);
  });
});
