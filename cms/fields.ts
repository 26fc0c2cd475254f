/**
 * One Decap field per schema field of src/model: required-ness, defaults,
 * limits and option lists from the schema and its metadata (src/model/meta.ts),
 * wording from cms/labels. The model's field kinds become Decap widgets here.
 */
import { z } from 'astro/zod';
import { IMAGE_LIMITS } from '../src/model/fields';
import { AUDIO_LIMITS } from '../src/model/audio';
import { lengthLimits, shapeOf, unwrap, variantsOf, type Unwrapped } from '../src/model/introspect';
import type { FieldKind, FieldMeta } from '../src/model/meta';
import { LOCALES, type Locale } from '../src/i18n';
import type { DecapField, MediaProcessing } from './decap';
import { fill, wording, type CmsLabels } from './labels';
import { languageLabel, optionsFor } from './options';
import { isContributorForm, SCHEMAS, type CmsCollectionName } from './schemas';

export const MB = 1024 * 1024;
/**
 * Upload limits, checked by Decap before anything is sent. Images: the model's
 * own limit (the build refuses bigger ones). Video: decap-server accepts 50 MB
 * of JSON (base64), so about 30 MB of file.
 */
export const LIMITS = { image: IMAGE_LIMITS.maxBytes, video: 30 * MB, audio: AUDIO_LIMITS.maxBytes, captions: 1 * MB } as const;

/** Uploads keep no EXIF/GPS: Decap (3.19+) re-encodes JPEG/PNG/WebP in the browser before anything is written. */
export const MEDIA_PROCESSING: MediaProcessing = { enabled: true, strip_metadata: true, quality: 90 };

/** The Decap widget for each kind of field in the model. */
export const WIDGET: Record<FieldKind, string> = {
  text: 'string',
  longText: 'text',
  flag: 'boolean',
  date: 'datetime',
  image: 'image',
  file: 'file',
  choice: 'select',
  reference: 'folder-relation',
  localized: 'object',
  list: 'list',
  number: 'number',
  markdown: 'markdown',
};

/** Custom widgets registered by the admin page, and the Decap widget each one stands for. */
export const WIDGET_FAMILY: Record<string, string> = {
  /** Relation that stores the folder name ("my-story"), not Decap's path slug ("my-story/index"). */
  'folder-relation': 'relation',
};

export interface Ctx {
  locale: Locale;
  labels: CmsLabels;
  collection: CmsCollectionName;
}

/** Datetime fields that contributors should not have to touch: today is filled in. */
const TODAY_BY_DEFAULT = new Set(['published', 'consent.date']);
/** Booleans that must be ticked: the model refuses the entry otherwise (src/model/base.ts checkConsent). */
const MUST_BE_TRUE = new Set(['consent.publication']);

/** The field that names an entry of a kind, shown and searched by relations: its title (the English version when the title is localized). */
export function titleField(target: keyof typeof SCHEMAS): string {
  const shape = shapeOf(SCHEMAS[target]);
  // Support services are named, not titled.
  const key = shape.title ? 'title' : shape.name ? 'name' : undefined;
  if (!key) throw new Error(`cms/fields: "${target}" has no title to show in a relation`);
  return unwrap(shape[key]!).meta?.kind === 'localized' ? `${key}.en` : key;
}

function leaf(u: Unwrapped, meta: FieldMeta, path: string, ctx: Ctx): Partial<DecapField> {
  const out: Partial<DecapField> = { widget: WIDGET[meta.kind] };
  switch (meta.kind) {
    case 'text':
    case 'longText': {
      const { max } = lengthLimits(u.schema);
      if (max) out.pattern = [`^[\\s\\S]{0,${max}}$`, fill(ctx.labels.messages.maxLength, { max })];
      break;
    }
    case 'choice': {
      out.options = optionsFor(meta.list, ctx.locale, ctx.labels);
      if (meta.multiple) {
        out.multiple = true;
        const { min } = lengthLimits(u.schema);
        if (min) out.min = min;
      }
      break;
    }
    case 'date':
      Object.assign(out, { date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
      if (ctx.collection !== 'campaigns' && TODAY_BY_DEFAULT.has(path)) out.default = '{{now}}';
      break;
    case 'image':
      Object.assign(out, { choose_url: false, media_library: { config: { max_file_size: LIMITS.image } }, media_processing: MEDIA_PROCESSING });
      break;
    case 'file':
      Object.assign(out, { choose_url: false, media_library: { config: { max_file_size: LIMITS[meta.accept] } } });
      break;
    case 'reference': {
      const title = titleField(meta.to);
      Object.assign(out, { collection: meta.to, search_fields: [title], value_field: '{{slug}}', display_fields: [title], options_length: 100 });
      break;
    }
    case 'number': {
      // Counts of people: whole numbers from the model's minimum.
      Object.assign(out, { value_type: 'int', min: 0, step: 1 });
      break;
    }
    case 'markdown': {
      // Markdown in front matter (a recommendation's text): the same limits as a story body.
      const { max } = lengthLimits(u.schema);
      Object.assign(out, MARKDOWN_OPTIONS);
      if (max) out.pattern = [`^[\\s\\S]{0,${max}}$`, fill(ctx.labels.messages.maxLength, { max })];
      break;
    }
    case 'flag':
      if (MUST_BE_TRUE.has(path)) out.pattern = ['^true$', ctx.labels.messages.noConsent];
      // In the contributors' forms (always a new entry) a switch starts off and always has a value, so Decap does not
      // label it "(optional)", the guardian's consent included. Team forms open existing files, where an absent switch
      // is undefined: "required" there would block every save, a withdrawal included.
      if (isContributorForm(ctx.collection)) {
        out.required = true;
        if (!u.hasDefault) out.default = false;
      }
      break;
    default:
      break;
  }
  return out;
}

/** Wording for a list item: its own entry if the labels have one, else the list's. */
function itemWording(ctx: Ctx, labelPath: string, fallback: { label: string; hint: string }) {
  try {
    return wording(ctx.labels, ctx.collection, `${labelPath}.item`);
  } catch {
    return fallback;
  }
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
  const s = u.schema;

  if (u.meta?.kind === 'localized') {
    const shape = shapeOf(s);
    base.widget = 'object';
    base.collapsed = false;
    base.fields = LOCALES.map((code) => {
      const sub = fieldFor(code, shape[code]!, `${path}.${code}`, ctx, labelPath, optionalHere);
      const subRequired = unwrap(shape[code]!).required;
      return { ...sub, label: languageLabel(code, ctx.locale), hint: subRequired && !optionalHere ? ctx.labels.localized.required : ctx.labels.localized.optional };
    });
    return base;
  }

  if (s instanceof z.ZodObject) {
    const fields = Object.entries(shapeOf(s)).map(([k, c]) => fieldFor(k, c, `${path}.${k}`, ctx, `${labelPath}.${k}`, optionalHere));
    return { ...base, widget: 'object', collapsed: false, fields };
  }

  // An array described as a choice (themes, countries) is one multiple select; any other array is a list.
  if (s instanceof z.ZodArray && (!u.meta || u.meta.kind === 'list')) {
    const elementSchema = s.element as z.ZodType;
    const element = unwrap(elementSchema);
    const list: DecapField = { ...base, widget: 'list', collapsed: false };
    const { min } = lengthLimits(s);
    if (min) list.min = min;
    const variants = variantsOf(element.schema);
    if (variants) {
      // Items folded to one line each ("Story: fiji-reef-memory"): Decap's relation widget shows a saved
      // choice as an empty box until its menu is opened, so an open item would look empty.
      list.collapsed = true;
      list.typeKey = variants.key;
      list.types = variants.options.map(([tag, shape]) => {
        const w = wording(ctx.labels, ctx.collection, `${labelPath}.${tag}`);
        const fields = Object.entries(shape)
          .filter(([k]) => k !== variants.key)
          .map(([k, c]) => fieldFor(k, c, `${path}.${k}`, ctx, `${labelPath}.${tag}.${k}`));
        return { name: tag, label: w.label, hint: w.hint, widget: 'object', fields, summary: `{{fields.${fields[0]!.name}}}` };
      });
    } else if (element.schema instanceof z.ZodObject) {
      // A list item exists only once added, so its own required fields stay required.
      list.fields = Object.entries(shapeOf(element.schema)).map(([k, c]) => fieldFor(k, c, `${path}.${k}`, ctx, `${labelPath}.${k}`));
    } else {
      list.field = { ...fieldFor('item', elementSchema, `${path}.item`, ctx, labelPath), ...itemWording(ctx, labelPath, words) };
    }
    return list;
  }

  if (!u.meta) throw new Error(`cms/fields: field "${path}" (${s.def.type}) is not described in src/model (no field metadata)`);
  return { ...base, ...leaf(u, u.meta, path, ctx) };
}

/** Markdown limited to what the site's Markdown pipeline publishes; no raw HTML, no embedded components. */
// The team edits existing entries as Markdown, so a one-character edit is a one-character change: Decap's
// rich-text editor re-renders the whole text on any edit ("[" becomes "\\[").
const MARKDOWN_OPTIONS = {
  modes: ['raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  sanitize_preview: true,
};

export const bodyField = (ctx: Ctx): DecapField => ({
  name: 'body',
  ...wording(ctx.labels, ctx.collection, 'body'),
  widget: 'markdown',
  required: true,
  ...MARKDOWN_OPTIONS,
  // Contributors write new text with the rich-text editor and no Markdown toggle (team-only).
  ...(isContributorForm(ctx.collection) ? { modes: ['rich_text'] } : {}),
});
