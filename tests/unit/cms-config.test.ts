/**
 * The CMS configuration agrees with the one content model: every schema field
 * is in the editor with the right widget and required-ness, every editor field
 * exists in the schema, option lists are the taxonomy's, every field speaks
 * en/fr/es, and what Decap writes passes the same schema Astro applies.
 * This walks the Zod schemas on its own (not through cms/config.ts), so a bug
 * in the generator cannot hide itself.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { buildCmsConfig, walkFields, WIDGET, WIDGET_FAMILY, type DecapCollection, type DecapConfig, type DecapField } from '../../cms/config';
import { COLLECTION_SCHEMA, isContributorForm, SCHEMAS, SHARE_OMITS, type CmsCollectionName } from '../../cms/schemas';
import { CMS_LABELS } from '../../cms/labels';
import { HAS_BODY } from '../../src/model/kinds';
import { cmsOptionsFromEnv } from '../../cms/env';
import { prepareEntry, rawHtml } from '../../cms/admin/save';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { fieldMeta, type FieldMeta } from '../../src/model/meta';
import { ADDRESSEE_IDS, AGE_GROUPS, COUNTRY_CODES, GUARDIAN_METHODS, LANGUAGE_CODES, LICENCE_IDS, RECOMMENDATION_STATUS_IDS, SESSION_FORMATS, THEME_IDS, THEMES, VIDEO_PROVIDERS } from '../../src/model/taxonomy';
import { LOCALES, type Locale } from '../../src/i18n';
import { story as storyWithImageCheck, video as videoWithImageCheck } from '../support/model';

// ------------------------------------------------------------ an independent walk of the schema

interface SchemaNode { required: boolean; widget?: string; collection?: string; multiple?: boolean }
type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; discriminator?: string; values?: unknown[] };
const def = (s: z.ZodType) => s.def as unknown as Def;

function peel(s: z.ZodType) {
  let optional = false;
  let cms: FieldMeta | undefined;
  for (;;) {
    cms ??= fieldMeta.get(s);
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default') {
      optional = true;
      s = d.innerType!;
    } else if (d.type === 'pipe') s = d.in!;
    else break;
  }
  return { s, optional, cms, type: def(s).type };
}

/** What a field's metadata asks of the CMS: its widget (through the one kind → widget table), relation target, multiple choice. */
const described = (m: FieldMeta | undefined): Omit<SchemaNode, 'required'> =>
  m ? { widget: WIDGET[m.kind], collection: m.kind === 'reference' ? m.to : undefined, multiple: m.kind === 'choice' ? m.multiple : undefined } : {};

/** path → what the schema says, for every field, object and list (list items as `.item`, union types as `[type=x]`). */
function schemaNodes(schema: z.ZodType, prefix = '', inOptional = false, out = new Map<string, SchemaNode>()) {
  const { s } = peel(schema);
  for (const [key, child] of Object.entries(def(s).shape ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const p = peel(child);
    const required = !p.optional && !inOptional;
    out.set(path, { required, ...described(p.cms) });
    if (p.type === 'object') schemaNodes(child, path, !required, out);
    else if (p.type === 'array' && (!p.cms || p.cms.kind === 'list')) {
      const el = peel(def(p.s).element!);
      if (el.type === 'union') {
        const tag = def(el.s).discriminator!;
        for (const option of def(el.s).options!) {
          const shape = def(option).shape!;
          out.set(`${path}[type=${String(def(peel(shape[tag]!).s).values![0])}]`, { required: false, widget: 'object' });
          for (const [k, v] of Object.entries(shape)) {
            if (k === tag) continue;
            const q = peel(v);
            out.set(`${path}.${k}`, { required: !q.optional, ...described(q.cms) });
          }
        }
      } else if (el.type === 'object') schemaNodes(el.s, path, false, out);
      else out.set(`${path}.item`, { required: true, ...described(el.cms) });
    }
  }
  return out;
}

// ------------------------------------------------------------ the configs under test

const options = cmsOptionsFromEnv({});
const configs = Object.fromEntries(LOCALES.map((l) => [l, buildCmsConfig(l, options)])) as Record<Locale, DecapConfig>;
const collectionsOf = (l: Locale) => configs[l].collections;
const cmsFields = (c: DecapCollection) => new Map([...walkFields(c.fields)].map(({ path, field }) => [path, field]));
const family = (widget: string) => WIDGET_FAMILY[widget] ?? widget;
const isOmitted = (collection: CmsCollectionName, path: string) =>
  isContributorForm(collection) && (SHARE_OMITS as readonly string[]).includes(path.split(/[.[]/)[0]!);

/** The taxonomy list each select must offer, by field path. */
const TAXONOMY: Record<string, readonly string[]> = {
  themes: THEME_IDS,
  originCountries: COUNTRY_CODES,
  residenceCountry: COUNTRY_CODES,
  language: LANGUAGE_CODES,
  'captions.lang': LANGUAGE_CODES,
  'author.ageGroup': AGE_GROUPS,
  licence: LICENCE_IDS,
  'video.provider': VIDEO_PROVIDERS,
  // Sessions and recommendations (issue 11).
  format: SESSION_FORMATS,
  'place.country': COUNTRY_CODES,
  theme: THEME_IDS,
  addressees: ADDRESSEE_IDS,
  'statusHistory.status': RECOMMENDATION_STATUS_IDS,
  'guardianConfirmation.method': GUARDIAN_METHODS,
  countries: COUNTRY_CODES,
  languages: LANGUAGE_CODES,
};

describe('CMS config generated from src/model', () => {
  it('has one collection per CMS form, each over its content folder with media beside the entry', () => {
    for (const l of LOCALES) {
      expect(configs[l].locale).toBe(l);
      expect(collectionsOf(l).map((c) => c.name)).toEqual(Object.keys(COLLECTION_SCHEMA));
      for (const c of collectionsOf(l)) {
        expect(c.folder).toBe(`content/${COLLECTION_SCHEMA[c.name]}`);
        expect(c.path).toBe('{{slug}}/index');
        expect([c.media_folder, c.public_folder]).toEqual(['', '']);
      }
      expect(configs[l].publish_mode).toBe('editorial_workflow');
      expect(configs[l].local_backend?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    }
  });

  for (const name of Object.keys(COLLECTION_SCHEMA) as CmsCollectionName[]) {
    describe(name, () => {
      const nodes = schemaNodes(SCHEMAS[COLLECTION_SCHEMA[name]]);
      const collection = collectionsOf('en').find((c) => c.name === name)!;
      const fields = cmsFields(collection);

      it('shows every schema field, required ones as required with the schema’s widget', () => {
        const problems: string[] = [];
        for (const [path, node] of nodes) {
          if (isOmitted(name, path)) {
            // Left out of a contributor form: only allowed when the schema does not need it.
            if (node.required) problems.push(`${path}: required by the schema but left out of ${name}`);
            continue;
          }
          const f = fields.get(path);
          if (!f) {
            problems.push(`${path}: in the schema, not in the CMS`);
            continue;
          }
          // A list type is a choice in the "add" menu, not a field: it has no required-ness of its own.
          if (path.includes('[type=')) continue;
          if (node.required && f.required === false) problems.push(`${path}: required in the schema, optional in the CMS`);
          // A switch always has a value (off by default), so Decap marks none of them "(optional)".
          if (!node.required && f.required !== false && !(f.widget === 'boolean' && f.default === false))
            problems.push(`${path}: optional in the schema, required in the CMS`);
          if (node.widget && family(f.widget) !== family(node.widget)) problems.push(`${path}: widget ${f.widget}, schema says ${node.widget}`);
          if (node.collection && f.collection !== node.collection) problems.push(`${path}: relation to ${f.collection}, schema says ${node.collection}`);
          if (node.multiple && !f.multiple) problems.push(`${path}: schema allows several values, CMS one`);
        }
        expect(problems).toEqual([]);
      });

      it('has no CMS field without a schema counterpart (the Markdown body aside)', () => {
        const extra = [...fields.keys()].filter((p) => p !== 'body' && !nodes.has(p));
        expect(extra).toEqual([]);
        expect(fields.has('body')).toBe(HAS_BODY[COLLECTION_SCHEMA[name]]);
      });

      it('offers exactly the taxonomy’s options in every select, with labels', () => {
        for (const l of LOCALES) {
          const f = cmsFields(collectionsOf(l).find((c) => c.name === name)!);
          for (const [path, field] of f) {
            if (field.widget !== 'select') continue;
            const expected = TAXONOMY[path];
            expect(expected, `${path}: a select the test does not know`).toBeDefined();
            expect(field.options!.map((o) => o.value).sort(), `${l} ${path}`).toEqual([...expected!].sort());
            for (const o of field.options!) expect(o.label.trim(), `${l} ${path} ${o.value}`).not.toBe('');
            if (path === 'themes') for (const o of field.options!) expect(o.label).toBe(THEMES[o.value as keyof typeof THEMES].label[l]);
            if (path === 'originCountries') {
              const ge = field.options!.find((o) => o.value === 'GE')!;
              expect(ge.label).toBe(new Intl.DisplayNames([l], { type: 'region' }).of('GE'));
            }
          }
        }
      });

      it('labels and explains every field in en, fr and es', () => {
        for (const l of LOCALES) {
          const f = cmsFields(collectionsOf(l).find((c) => c.name === name)!);
          expect(f.size).toBe(fields.size);
          for (const [path, field] of f) {
            expect(field.label?.trim(), `${l} ${path} label`).toBeTruthy();
            expect(field.hint?.trim(), `${l} ${path} hint`).toBeTruthy();
            expect(field.label, `${l} ${path}: label is just the field name`).not.toBe(field.name);
          }
        }
      });
    });
  }

  it('writes the collection and field wording in the editor’s language', () => {
    const title = (l: Locale) => collectionsOf(l).find((c) => c.name === 'share')!.label;
    expect(new Set(LOCALES.map(title)).size).toBe(3);
    const consent = (l: Locale) => cmsFields(collectionsOf(l).find((c) => c.name === 'share')!).get('consent.publication')!.label;
    expect(consent('fr')).toBe(CMS_LABELS.fr.fields['consent.publication'].label);
    expect(consent('es')).toBe(CMS_LABELS.es.fields['consent.publication'].label);
  });

  it('has the same wording keys in every locale table, none empty', () => {
    const keys = (o: unknown, prefix = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
    const strings = (o: unknown): string[] => Object.values(o as Record<string, unknown>).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
    const en = keys(CMS_LABELS.en).sort();
    for (const l of LOCALES) {
      expect(keys(CMS_LABELS[l]).sort(), l).toEqual(en);
      for (const s of strings(CMS_LABELS[l])) expect(s.trim(), l).not.toBe('');
    }
  });

  it('refuses an unchecked publication consent in the field itself (pattern), with the plain-words message', () => {
    for (const l of LOCALES) {
      const field = cmsFields(collectionsOf(l).find((c) => c.name === 'share')!).get('consent.publication') as DecapField;
      expect(field.required).toBe(true);
      const [pattern, message] = field.pattern!;
      expect(new RegExp(pattern).test('true')).toBe(true);
      expect(new RegExp(pattern).test('false')).toBe(false);
      expect(message).toBe(CMS_LABELS[l].messages.noConsent);
    }
  });
});

// ------------------------------------------------------------ what Decap writes

/** A story file exactly as Decap 3.16 wrote it in the e2e test (frontmatter order, unquoted dates, media beside it). */
const DECAP_STORY = `---
author:
  pseudonym: false
  name: Mere
  ageGroup: under-18
title: Salt on the reef road
summary: How my cousin and I mapped the new tide line.
cover:
  src: ./photo.jpg
  alt: An orange square, standing in for the reef road.
language: en
themes:
  - climate
originCountries:
  - FJ
campaign: climate-voices
licence: cc-by-4.0
consent:
  date: 2026-11-27
  publication: true
  guardian: true
published: 2026-11-27
---
The tide reached the church steps this year.
`;

describe('entries as Decap writes them', () => {
  it('pass the schema Astro applies (frontmatter parsed the way Astro parses it)', () => {
    const { frontmatter, content } = parseFrontmatter(DECAP_STORY);
    expect(content.trim()).toBe('The tide reached the church steps this year.');
    // A contributor under 18 asked for publication; only the team's confirmation of the guardian's consent is missing.
    const asSaved = storyWithImageCheck.safeParse(frontmatter);
    expect(asSaved.error?.issues.map((i) => i.path.join('.'))).toEqual(['guardianConfirmation']);
    const confirmed = { ...frontmatter, guardianConfirmation: { by: 'Lea', method: 'signed-form-offline', date: '2026-11-27' } };
    const result = storyWithImageCheck.safeParse(confirmed);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data!.published.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('are tidied before saving: media paths get ./, cleared optional fields disappear, relations name the folder', () => {
    const raw = {
      author: { name: 'Mere', pseudonym: false, ageGroup: '18-24' },
      title: 'Salt on the reef road',
      summary: 'A summary.',
      body: 'Text.',
      cover: { src: 'photo.jpg', alt: 'A reef' },
      language: 'en',
      themes: ['climate'],
      originCountries: ['FJ'],
      residenceCountry: '',
      contentWarning: '',
      campaign: 'climate-voices/index',
      licence: 'cc-by-4.0',
      consent: { publication: true, date: '2026-11-27' },
      published: '2026-11-27',
    };
    const { data, edits, problems } = prepareEntry('share', raw, 'en');
    expect(problems).toEqual([]);
    expect(data.cover).toEqual({ src: './photo.jpg', alt: 'A reef' });
    expect(data.campaign).toBe('climate-voices');
    expect('residenceCountry' in data || 'contentWarning' in data).toBe(false);
    expect(edits).toContainEqual({ path: ['cover', 'src'], value: './photo.jpg' });
    expect(edits).toContainEqual({ path: ['residenceCountry'] });
    const { body: _b, ...frontmatter } = data;
    expect(storyWithImageCheck.safeParse(frontmatter).success).toBe(true);
  });

  it('refuse a save without consent, and a minor’s without a guardian’s, in the editor’s language', () => {
    const base = {
      author: { name: 'Ana', pseudonym: true, ageGroup: 'under-18' },
      title: 'T',
      summary: 'S',
      language: 'es',
      themes: ['health'],
      originCountries: ['PE'],
      consent: { publication: true, guardian: false, date: '2026-01-01' },
      published: '2026-01-02',
    };
    for (const l of LOCALES) {
      expect(prepareEntry('share', base, l).problems.map((p) => p.message)).toEqual([CMS_LABELS[l].messages.noGuardian]);
      const none = prepareEntry('share', { ...base, consent: { publication: false, guardian: true, date: '2026-01-01' } }, l);
      expect(none.problems.map((p) => p.message)).toEqual([CMS_LABELS[l].messages.noConsent]);
    }
    const adult = { ...base, author: { ...base.author, ageGroup: '25-35' } };
    expect(prepareEntry('share', adult, 'en').problems).toEqual([]);
    expect(prepareEntry('share', { ...base, consent: { ...base.consent, guardian: true } }, 'en').problems).toEqual([]);
  });

  it('refuse other model rules with the model’s own message after the field label (videos: provider and file)', () => {
    const v = {
      author: { name: 'Lea', pseudonym: false, ageGroup: '25-35' },
      title: 'T',
      summary: 'S',
      language: 'fr',
      themes: ['gender'],
      originCountries: ['MU'],
      consent: { publication: true, date: '2026-01-01' },
      published: '2026-01-02',
      video: { provider: 'youtube', id: 'https://youtu.be/M7lc1UVf-VE' },
      poster: { src: 'poster.jpg', alt: 'A poster' },
      duration: '2:05',
      captions: [{ src: 'captions.fr.vtt', lang: 'fr' }],
    };
    const { problems, data } = prepareEntry('share-video', v, 'fr');
    expect(problems).toHaveLength(1);
    // One sentence in the editor's language, never the model's English build message.
    expect(problems[0]!.message).toBe(CMS_LABELS.fr.problems['video.id']);
    expect(problems[0]!.message).not.toMatch(/\b(not|the|video id)\b/);
    const fixed = prepareEntry('share-video', { ...v, video: { provider: 'youtube', id: 'M7lc1UVf-VE' } }, 'fr');
    expect(fixed.problems).toEqual([]);
    expect((fixed.data.captions as { src: string }[])[0]!.src).toBe('./captions.fr.vtt');
    const { body: _b, ...fm } = fixed.data;
    expect(videoWithImageCheck.safeParse(fm).success).toBe(true);
    expect(data.poster).toEqual({ src: './poster.jpg', alt: 'A poster' });
  });

  it('offer "Share a voice note" beside the other forms, with a required transcript explained, and check the recording (issue 15)', () => {
    for (const l of LOCALES) {
      const config = buildCmsConfig(l, cmsOptionsFromEnv({}));
      const names = config.collections.map((c) => c.name);
      expect(names.indexOf('share-audio')).toBeGreaterThan(names.indexOf('share-video'));
      expect(names).toContain('audio');
      const form = config.collections.find((c) => c.name === 'share-audio')!;
      expect(form.label).toBe(CMS_LABELS[l].collections['share-audio'].label);
      expect(form.folder).toBe('content/audio');
      const body = form.fields.find((f) => f.name === 'body')!;
      expect(body.required).toBe(true);
      expect(body.hint).toBe(CMS_LABELS[l].byCollection.audio.body.hint);
      const file = form.fields.find((f) => f.name === 'audio')!;
      expect(file.widget).toBe('file');
      expect((file.media_library as { config: { max_file_size: number } }).config.max_file_size).toBe(25 * 1024 * 1024);
      expect(form.fields.map((f) => f.name)).not.toContain('guardianConfirmation');
    }
    expect(CMS_LABELS.en.byCollection.audio.body.hint).toMatch(/Required.*cannot hear.*team can help/);
    expect(CMS_LABELS.fr.byCollection.audio.body.hint).toMatch(/Obligatoire.*l’équipe peut t’aider/);
    expect(CMS_LABELS.es.byCollection.audio.body.hint).toMatch(/Obligatoria.*el equipo puede ayudarte/);
    const a = {
      author: { name: 'Rosa', pseudonym: true, ageGroup: '18-24' },
      title: 'T',
      summary: 'S',
      language: 'es',
      themes: ['health'],
      originCountries: ['PE'],
      consent: { publication: true, date: '2026-01-01' },
      published: '2026-01-02',
      audio: 'nota.wav',
      duration: '1:10',
      body: 'Hola.',
    };
    const bad = prepareEntry('share-audio', a, 'es');
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]!.message).toMatch(/«Grabación»/);
    const ok = prepareEntry('share-audio', { ...a, audio: 'nota.m4a' }, 'es');
    expect(ok.problems).toEqual([]);
    expect(ok.data.audio).toBe('./nota.m4a');
  });

  it('refuse an upload Astro could not process (not JPEG, PNG or WebP)', () => {
    const raw = {
      author: { name: 'Mere', pseudonym: false, ageGroup: '18-24' },
      title: 'T', summary: 'S', language: 'en', themes: ['climate'], originCountries: ['FJ'],
      consent: { publication: true, date: '2026-01-01' }, published: '2026-01-02',
      cover: { src: 'photo.heic', alt: 'A photo' },
    };
    expect(prepareEntry('share', raw, 'en').problems.map((p) => p.message)).toContain(CMS_LABELS.en.messages.imageType);
  });

  it('refuse raw HTML in the text exactly where the site’s Markdown pipeline would fail the build', () => {
    const samples = [
      'Line one<br>line two', 'a <b>bold</b> word', '<!-- hidden -->', 'I <3 my grandmother', 'x < y and y > z',
      'Code: `<div>` is fine', '```\n<div>in a fence</div>\n```', '\\<div> escaped', '<https://example.org>',
      '<a href="https://example.org">link</a>', 'Press <kbd>Ctrl</kbd>', '<?php echo 1; ?>', 'Plain **Markdown** with [a link](https://example.org).',
    ];
    const hasHtmlNode = (md: string) => {
      let found = false;
      const visit = (n: { type: string; children?: unknown[] }) => {
        if (n.type === 'html') found = true;
        (n.children as { type: string }[] | undefined)?.forEach(visit);
      };
      visit(fromMarkdown(md));
      return found;
    };
    for (const md of samples) expect(rawHtml(md) !== undefined, md).toBe(hasHtmlNode(md));
    const base = {
      author: { name: 'Mere', pseudonym: false, ageGroup: '18-24' }, title: 'T', summary: 'S', language: 'en', themes: ['climate'],
      originCountries: ['FJ'], consent: { publication: true, date: '2026-01-01' }, published: '2026-01-02',
    };
    expect(prepareEntry('share', { ...base, body: 'Hi<br>there' }, 'fr').problems.map((p) => p.message)).toEqual([
      CMS_LABELS.fr.messages.rawHtml.replace('{snippet}', '<br>'),
    ]);
    expect(prepareEntry('share', { ...base, body: 'I <3 my grandmother' }, 'en').problems).toEqual([]);
  });
});
