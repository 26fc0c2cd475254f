/**
 * Builds the Decap CMS configuration from the one content model (src/model):
 * every field, required-ness, default, widget and option list comes from the
 * Zod schemas and the taxonomy; only wording comes from cms/labels. One config
 * per interface locale (Decap's own UI follows `locale`).
 */
import { z } from 'astro/zod';
import { IMAGE_LIMITS, type CmsMeta } from '../src/model/fields';
import {
  AGE_GROUPS,
  COUNTRY_CODES,
  LANGUAGE_CODES,
  LICENCE_IDS,
  LOCALES,
  PARTNER_COUNTRIES,
  THEME_IDS,
  THEMES,
  VIDEO_PROVIDERS,
  type Locale,
} from '../src/model/taxonomy';
import { SITE } from '../src/config/site';
import { CMS_LABELS, fill, wording, type CmsLabels } from './labels';
import { COLLECTION_SCHEMA, CONTRIBUTOR_FORMS, SCHEMAS, SHARE_OMITS, type CmsCollectionName, type SchemaName } from './schemas';

export const MB = 1024 * 1024;
/**
 * Upload limits, checked by Decap before anything is sent. Images: the model's
 * own limit (the build refuses bigger ones). Video: decap-server accepts 50 MB
 * of JSON (base64), so about 30 MB of file.
 */
export const LIMITS = { image: IMAGE_LIMITS.maxBytes, video: 30 * MB, captions: 1 * MB } as const;

/** Custom widgets registered by the admin page, and the schema widget each one stands for. */
export const WIDGET_FAMILY: Record<string, CmsMeta['widget']> = {
  /** Relation that stores the folder name ("my-story"), not Decap's path slug ("my-story/index"). */
  'folder-relation': 'relation',
};

/** Uploads keep no EXIF/GPS: Decap (3.19+) re-encodes JPEG/PNG/WebP in the browser before anything is written. */
export const MEDIA_PROCESSING = { enabled: true, strip_metadata: true, quality: 90 } as const;

/** A Decap field as this generator writes it (a subset of Decap's options). */
export interface DecapField {
  name: string;
  label: string;
  hint: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  pattern?: [string, string];
  fields?: DecapField[];
  field?: DecapField;
  types?: DecapField[];
  typeKey?: string;
  collapsed?: boolean;
  summary?: string;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  options_length?: number;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  media_library?: { config: { max_file_size: number } };
  media_processing?: typeof MEDIA_PROCESSING;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
  sanitize_preview?: boolean;
  i18n?: boolean;
  [key: string]: unknown;
}

export interface DecapCollection {
  name: CmsCollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  path: string;
  media_folder: string;
  public_folder: string;
  create: boolean;
  extension: 'md';
  format: 'frontmatter';
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  preview_path: string;
  fields: DecapField[];
}

export interface BackendConfig {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
  open_authoring?: boolean;
  squash_merges?: boolean;
}

export interface CmsOptions {
  backend: BackendConfig;
  /** decap-server URL used when the admin page is opened on localhost/127.0.0.1; omit to disable. */
  localBackend?: string;
  siteUrl?: string;
}

export interface DecapConfig {
  load_config_file: false;
  locale: Locale;
  backend: BackendConfig;
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  media_processing: typeof MEDIA_PROCESSING;
  site_url: string;
  display_url: string;
  show_preview_links: boolean;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  search: boolean;
  editor: { preview: boolean };
  collections: DecapCollection[];
}

// ---------------------------------------------------------------- Zod introspection

interface ZodInternals {
  _zod: { def: { type: string; innerType?: ZodLike; in?: ZodLike; defaultValue?: unknown; shape?: Record<string, ZodLike>; element?: ZodLike; options?: ZodLike[]; discriminator?: string; values?: unknown[]; checks?: { _zod: { def: Record<string, unknown> } }[] } };
}
type ZodLike = z.ZodType & ZodInternals;

export interface Unwrapped {
  schema: ZodLike;
  type: string;
  required: boolean;
  hasDefault: boolean;
  default?: unknown;
  cms?: CmsMeta;
}

const registry = (s: ZodLike) => (z.globalRegistry.get(s) as { cms?: CmsMeta } | undefined)?.cms;

/**
 * Peels optional/default/pipe wrappers off a schema, collecting required-ness,
 * the default and the first `cms` metadata found (outer wrappers first).
 */
export function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema as ZodLike;
  let required = true;
  let hasDefault = false;
  let dflt: unknown;
  let cms: CmsMeta | undefined;
  for (;;) {
    cms ??= registry(s);
    const def = s._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly' || def.type === 'catch') {
      if (def.type === 'optional') required = false;
      s = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      required = false;
      dflt = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      s = def.innerType!;
    } else if (def.type === 'pipe') {
      s = def.in!;
    } else break;
  }
  return { schema: s, type: s._zod.def.type, required, hasDefault, default: dflt, cms };
}

/** The shape of an object schema, unwrapped. */
export const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> => {
  const u = unwrap(schema);
  if (u.type !== 'object') throw new Error(`Expected an object schema, found ${u.type}`);
  return u.schema._zod.def.shape!;
};

const checkValue = (s: ZodLike, check: string, key: string): number | undefined => {
  for (const c of s._zod.def.checks ?? []) if (c._zod.def.check === check) return c._zod.def[key] as number;
  return undefined;
};

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

// ---------------------------------------------------------------- wording

interface Ctx {
  locale: Locale;
  labels: CmsLabels;
  collection: CmsCollectionName;
}

const cap = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
const names = (locale: Locale, type: 'region' | 'language') => new Intl.DisplayNames([locale], { type, fallback: 'code' });

/** Labelled options for a taxonomy list; which list is recognised by its values, so a model change cannot go unnoticed. */
export function optionsFor(values: readonly string[], ctx: Pick<Ctx, 'locale' | 'labels'>): { label: string; value: string }[] {
  const { locale, labels } = ctx;
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  if (sameSet(values, THEME_IDS)) return THEME_IDS.map((id) => ({ value: id, label: THEMES[id].label[locale] }));
  if (sameSet(values, AGE_GROUPS)) return AGE_GROUPS.map((id) => ({ value: id, label: labels.options.ageGroup[id] }));
  if (sameSet(values, LICENCE_IDS)) return LICENCE_IDS.map((id) => ({ value: id, label: labels.options.licence[id] }));
  if (sameSet(values, VIDEO_PROVIDERS)) return VIDEO_PROVIDERS.map((id) => ({ value: id, label: labels.options.videoProvider[id] }));
  if (sameSet(values, COUNTRY_CODES)) {
    const region = names(locale, 'region');
    const all = COUNTRY_CODES.map((code) => ({ value: code, label: region.of(code) ?? code }));
    // Partner countries first: most contributors pick one of them.
    const partners = all.filter((o) => (PARTNER_COUNTRIES as readonly string[]).includes(o.value)).sort(byLabel);
    return [...partners, ...all.filter((o) => !partners.includes(o)).sort(byLabel)];
  }
  if (sameSet(values, LANGUAGE_CODES)) {
    const language = names(locale, 'language');
    return LANGUAGE_CODES.map((code) => {
      const name = cap(language.of(code) ?? code, locale);
      let own = name;
      // Only when Intl has data for the language itself; otherwise it would answer in English.
      if (Intl.DisplayNames.supportedLocalesOf([code]).length > 0)
        own = cap(new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? name, code);
      // The language's own name helps people find it: "Georgian · ქართული".
      return { value: code, label: own !== name && own !== code ? `${name} · ${own}` : name };
    }).sort(byLabel);
  }
  throw new Error(`cms/config: option list ${JSON.stringify(values.slice(0, 5))}… is not a taxonomy list`);
}

// ---------------------------------------------------------------- fields

const isLocalized = (u: Unwrapped) => u.type === 'object' && sameSet(Object.keys(u.schema._zod.def.shape ?? {}), LOCALES);

/** Datetime fields that contributors should not have to touch: today is filled in. */
const TODAY_BY_DEFAULT = new Set(['published', 'consent.date']);
/** Booleans that must be ticked: the model refuses the entry otherwise (src/model/base.ts checkConsent). */
const MUST_BE_TRUE = new Set(['consent.publication']);

const SLUG_COLLECTIONS = { stories: 'stories', videos: 'videos', campaigns: 'campaigns' } as const;

function relationFor(target: string): Partial<DecapField> {
  const title = target === 'campaigns' ? 'title.en' : 'title';
  return {
    widget: 'folder-relation',
    collection: target,
    search_fields: [title],
    value_field: '{{slug}}',
    display_fields: [title],
    options_length: 100,
  };
}

function leaf(u: Unwrapped, path: string, ctx: Ctx): Partial<DecapField> {
  const cms = u.cms;
  if (!cms) throw new Error(`cms/config: field "${path}" (${u.type}) has no cms metadata in src/model`);
  const out: Partial<DecapField> = { widget: cms.widget };
  switch (cms.widget) {
    case 'string':
    case 'text': {
      const max = checkValue(u.schema, 'max_length', 'maximum');
      if (max) out.pattern = [`^[\\s\\S]{0,${max}}$`, fill(ctx.labels.messages.maxLength, { max })];
      break;
    }
    case 'select': {
      const values = cms.options ?? (u.schema._zod.def.values as string[] | undefined);
      if (!values) throw new Error(`cms/config: select "${path}" has no options`);
      out.options = optionsFor(values, ctx);
      if (cms.multiple) {
        out.multiple = true;
        const min = checkValue(u.schema, 'min_length', 'minimum');
        if (min) out.min = min;
      }
      break;
    }
    case 'datetime':
      Object.assign(out, { date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
      if (ctx.collection !== 'campaigns' && TODAY_BY_DEFAULT.has(path)) out.default = '{{now}}';
      break;
    case 'image':
      Object.assign(out, { choose_url: false, media_library: { config: { max_file_size: LIMITS.image } }, media_processing: MEDIA_PROCESSING });
      break;
    case 'file':
      Object.assign(out, { choose_url: false, media_library: { config: { max_file_size: path.startsWith('captions') ? LIMITS.captions : LIMITS.video } } });
      break;
    case 'relation': {
      const target = cms.collection as keyof typeof SLUG_COLLECTIONS | undefined;
      if (!target || !(target in SLUG_COLLECTIONS)) throw new Error(`cms/config: relation "${path}" names no collection`);
      Object.assign(out, relationFor(target));
      break;
    }
    case 'boolean':
      if (MUST_BE_TRUE.has(path)) out.pattern = ['^true$', ctx.labels.messages.noConsent];
      break;
    default:
      break;
  }
  return out;
}

/**
 * One Decap field for `schema` at data path `path`; `labelPath` names its
 * wording (localized sub-fields share the parent's). Decap validates the
 * children of an optional object even when it is left empty, so inside an
 * optional parent nothing is marked required: the save check (cms/admin/save.ts)
 * applies the schema's rules there.
 */
export function fieldFor(name: string, schema: z.ZodType, path: string, ctx: Ctx, labelPath = path, inOptional = false): DecapField {
  const u = unwrap(schema);
  const words = wording(ctx.labels, ctx.collection, labelPath);
  const optionalHere = inOptional || !u.required;
  const base: DecapField = { name, label: words.label, hint: words.hint, widget: 'string', required: u.required && !inOptional };
  if (u.hasDefault) base.default = u.default;

  if (isLocalized(u)) {
    const language = names(ctx.locale, 'language');
    const shape = u.schema._zod.def.shape!;
    base.widget = 'object';
    base.collapsed = false;
    base.fields = LOCALES.map((code) => {
      const sub = fieldFor(code, shape[code]!, `${path}.${code}`, ctx, labelPath, optionalHere);
      const subRequired = unwrap(shape[code]!).required;
      return { ...sub, label: cap(language.of(code) ?? code, ctx.locale), hint: subRequired && !optionalHere ? ctx.labels.localized.required : ctx.labels.localized.optional };
    });
    return base;
  }

  if (u.type === 'object') {
    const shape = u.schema._zod.def.shape!;
    return { ...base, widget: 'object', collapsed: false, fields: Object.entries(shape).map(([k, s]) => fieldFor(k, s, `${path}.${k}`, ctx, `${labelPath}.${k}`, optionalHere)) };
  }

  if (u.type === 'array' && (u.cms?.widget === 'list' || !u.cms)) {
    const element = unwrap(u.schema._zod.def.element!);
    const min = checkValue(u.schema, 'min_length', 'minimum');
    const list: DecapField = { ...base, widget: 'list', collapsed: false };
    if (min) list.min = min;
    if (element.type === 'union' && element.schema._zod.def.discriminator) {
      const key = element.schema._zod.def.discriminator;
      list.typeKey = key;
      list.types = element.schema._zod.def.options!.map((option) => {
        const shape = option._zod.def.shape!;
        const tag = String(unwrap(shape[key]!).schema._zod.def.values![0]);
        const w = wording(ctx.labels, ctx.collection, `${labelPath}.${tag}`);
        const fields = Object.entries(shape)
          .filter(([k]) => k !== key)
          .map(([k, s]) => fieldFor(k, s, `${path}.${k}`, ctx, `${labelPath}.${tag}.${k}`));
        return { name: tag, label: w.label, hint: w.hint, widget: 'object', fields, summary: `{{fields.${fields[0]!.name}}}` };
      });
    } else if (element.type === 'object') {
      // A list item exists only once added, so its own required fields stay required.
      list.fields = Object.entries(element.schema._zod.def.shape!).map(([k, s]) => fieldFor(k, s, `${path}.${k}`, ctx, `${labelPath}.${k}`));
    } else {
      const itemWords = (() => {
        try {
          return wording(ctx.labels, ctx.collection, `${labelPath}.item`);
        } catch {
          return words;
        }
      })();
      list.field = { ...fieldFor('item', u.schema._zod.def.element!, `${path}.item`, ctx, labelPath), ...itemWords };
    }
    return list;
  }

  return { ...base, ...leaf(u, path, ctx) };
}

// ---------------------------------------------------------------- collections

/** Field order per collection: listed names first, the rest in schema order (a new schema field appears by itself). */
const ORDER: Record<CmsCollectionName, string[]> = {
  share: ['author', 'title', 'summary', 'body', 'cover', 'language', 'themes', 'originCountries', 'residenceCountry', 'campaign', 'contentWarning', 'licence', 'consent', 'published'],
  'share-video': ['author', 'title', 'summary', 'video', 'poster', 'duration', 'captions', 'body', 'language', 'themes', 'originCountries', 'residenceCountry', 'campaign', 'contentWarning', 'licence', 'consent', 'published'],
  stories: ['title', 'summary', 'body', 'cover', 'language', 'themes', 'originCountries', 'residenceCountry', 'author', 'consent', 'published', 'campaign', 'contentWarning', 'licence', 'translationOf', 'translator', 'draft', 'withdrawn'],
  videos: ['title', 'summary', 'video', 'poster', 'duration', 'captions', 'body', 'language', 'themes', 'originCountries', 'residenceCountry', 'author', 'consent', 'published', 'campaign', 'contentWarning', 'licence', 'draft', 'withdrawn'],
  campaigns: [],
};

/** Markdown limited to what the site's Markdown pipeline publishes; no raw HTML, no embedded components. */
const bodyField = (ctx: Ctx): DecapField => ({
  name: 'body',
  ...wording(ctx.labels, ctx.collection, 'body'),
  widget: 'markdown',
  required: true,
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  sanitize_preview: true,
});

export const HAS_BODY: Record<SchemaName, boolean> = { stories: true, videos: true, campaigns: false };

export function collectionFields(collection: CmsCollectionName, locale: Locale): DecapField[] {
  const ctx: Ctx = { locale, labels: CMS_LABELS[locale], collection };
  const schemaName = COLLECTION_SCHEMA[collection];
  const shape = shapeOf(SCHEMAS[schemaName]);
  const omit = new Set<string>(CONTRIBUTOR_FORMS[collection] ? SHARE_OMITS : []);
  const names = Object.keys(shape).filter((n) => !omit.has(n));
  const order = ORDER[collection];
  const sorted = [...order.filter((n) => n === 'body' || names.includes(n)), ...names.filter((n) => !order.includes(n))];
  return sorted.map((n) => (n === 'body' ? bodyField(ctx) : fieldFor(n, shape[n]!, n, ctx)));
}

export function buildCmsConfig(locale: Locale, options: CmsOptions): DecapConfig {
  const labels = CMS_LABELS[locale];
  const siteUrl = options.siteUrl ?? SITE.url;
  const collection = (name: CmsCollectionName, extra: Partial<DecapCollection> = {}): DecapCollection => {
    const schemaName = COLLECTION_SCHEMA[name];
    const words = labels.collections[name];
    const routeBase = schemaName === 'campaigns' ? `${locale}/campaigns` : schemaName;
    return {
      name,
      label: words.label,
      label_singular: words.singular,
      description: words.description,
      folder: `content/${schemaName}`,
      // One folder per entry, media beside index.md: Astro's image() resolves "./cover.jpg" from there.
      path: '{{slug}}/index',
      media_folder: '',
      public_folder: '',
      create: true,
      extension: 'md',
      format: 'frontmatter',
      // A date keeps ids unique and non-empty when the title has no Latin letters (e.g. Georgian).
      slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['published', 'title'],
      preview_path: `${routeBase}/{{dirname}}/`,
      fields: collectionFields(name, locale),
      ...extra,
    };
  };
  return {
    load_config_file: false,
    locale,
    backend: options.backend,
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    publish_mode: 'editorial_workflow',
    // The global media library (the "Media" button) stores here; nothing in content/media is published.
    media_folder: 'content/media',
    public_folder: '/media',
    media_processing: MEDIA_PROCESSING,
    site_url: siteUrl,
    display_url: siteUrl,
    show_preview_links: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: true,
    editor: { preview: true },
    collections: [
      collection('share'),
      collection('share-video'),
      collection('stories'),
      collection('videos'),
      collection('campaigns', {
        slug: '{{slug}}',
        identifier_field: 'title.en',
        summary: '{{title.en}}',
        sortable_fields: ['starts'],
      }),
    ],
  };
}

/** Every field of a config, depth first, with its dotted path (list types included as `path.type`). */
export function* walkFields(fields: DecapField[], prefix = ''): Generator<{ path: string; field: DecapField }> {
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    yield { path, field: f };
    if (f.fields) yield* walkFields(f.fields, path);
    if (f.field) yield* walkFields([f.field], path);
    for (const t of f.types ?? []) {
      yield { path: `${path}[type=${t.name}]`, field: t };
      yield* walkFields(t.fields ?? [], path);
    }
  }
}
