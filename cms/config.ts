/**
 * Builds the Decap CMS configuration from the one content model (src/model):
 * every field, required-ness, default, widget and option list comes from the
 * Zod schemas, their metadata and the taxonomy; only wording comes from
 * cms/labels. One config per interface locale (Decap's own UI follows `locale`).
 *
 * The parts: Decap's types (decap.ts), option labels (options.ts), one field
 * per schema field (fields.ts), the fields of each collection (collections.ts).
 */
import { SITE } from '../src/config/site';
import type { Locale } from '../src/i18n';
import { kindDir } from '../src/model/kinds';
import { collectionFields } from './collections';
import type { CmsOptions, DecapCollection, DecapConfig, DecapField } from './decap';
import { MEDIA_PROCESSING, titleField } from './fields';
import { CMS_LABELS, type CmsLabels } from './labels';
import { entryFormatName } from './entry-format';
import { COLLECTION_SCHEMA, type CmsCollectionName } from './schemas';
import { teamListView } from './team';

export type { BackendConfig, CmsOptions, DecapCollection, DecapConfig, DecapField } from './decap';
export { WIDGET, WIDGET_FAMILY } from './fields';

/**
 * Team lists show which under-18 entries wait for the team's confirmation of
 * a guardian's consent: a filter for under-18 authors and a marker in each
 * row (Decap summaries can only test one field at a time).
 */
export const guardianWatch = (labels: CmsLabels): Partial<DecapCollection> => ({
  summary: `{{title}}{{consent.guardian | ternary(' · ${labels.ui.guardianRequested}', '')}}{{guardianConfirmation.by | ternary(' · ${labels.ui.guardianConfirmed}', '')}}`,
  view_filters: [{ label: labels.ui.filterUnder18, field: 'author.ageGroup', pattern: '^under-18$' }],
});

/** Per-collection settings beyond the defaults. */
const EXTRA: Partial<Record<CmsCollectionName, (labels: CmsLabels, locale: Locale) => Partial<DecapCollection>>> = {
  campaigns: () => ({ slug: '{{slug}}', sortable_fields: ['starts'] }),
  stories: (labels) => teamListView(labels, guardianWatch(labels)),
  videos: (labels) => teamListView(labels, guardianWatch(labels)),
  audio: (labels) => teamListView(labels, guardianWatch(labels)),
  // Team only: other organisations' services; `verified` is the day a team member checked them.
  // Issue 11: team only, addressed by folder name.
  sessions: () => ({ slug: '{{slug}}', sortable_fields: ['date'] }),
  recommendations: () => ({ slug: '{{slug}}', sortable_fields: ['published'] }),
  support: (_, locale) => ({ slug: '{{slug}}', summary: "{{name}} · {{verified | date('YYYY-MM-DD')}}", sortable_fields: ['verified', 'name'], preview_path: `${locale}/support/` }),
};

export function buildCmsConfig(locale: Locale, options: CmsOptions): DecapConfig {
  const labels = CMS_LABELS[locale];
  const siteUrl = options.siteUrl ?? SITE.url;
  const collection = (name: CmsCollectionName, extra: Partial<DecapCollection> = {}): DecapCollection => {
    const schemaName = COLLECTION_SCHEMA[name];
    const words = labels.collections[name];
    const routeBase = ['campaigns', 'support', 'sessions', 'recommendations'].includes(schemaName) ? `${locale}/${schemaName}` : schemaName;
    const title = titleField(schemaName);
    return {
      name,
      label: words.label,
      label_singular: words.singular,
      description: words.description,
      folder: kindDir(schemaName),
      // One folder per entry, media beside index.md: Astro's image() resolves "./cover.jpg" from there.
      path: '{{slug}}/index',
      media_folder: '',
      public_folder: '',
      create: true,
      extension: 'md',
      format: entryFormatName(schemaName),
      // A date keeps ids unique and non-empty when the title has no Latin letters (e.g. Georgian).
      slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
      identifier_field: title,
      summary: `{{${title}}}`,
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
    collections: (Object.keys(COLLECTION_SCHEMA) as CmsCollectionName[]).map((name) => collection(name, EXTRA[name]?.(labels, locale))),
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
